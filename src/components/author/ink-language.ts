/**
 * ink syntax highlighting for CodeMirror 6, as a stream language: knots, stitches, choices, gathers,
 * diverts, tags, logic lines, inline logic and comments. Highlighting only; the compiler does the parsing.
 */
import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StreamParser } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';

interface InkState {
  inBlockComment: boolean;
  inTag: boolean;
  lineStart: boolean;
}

const parser: StreamParser<InkState> = {
  name: 'ink',
  startState: () => ({ inBlockComment: false, inTag: false, lineStart: true }),
  token(stream, state) {
    if (stream.sol()) {
      state.inTag = false;
      state.lineStart = true;
    }
    if (state.inBlockComment) {
      if (stream.skipTo('*/')) {
        stream.match('*/');
        state.inBlockComment = false;
      } else stream.skipToEnd();
      return 'comment';
    }
    if (stream.match('/*')) {
      state.inBlockComment = true;
      return 'comment';
    }
    if (stream.match('//')) {
      stream.skipToEnd();
      return 'comment';
    }
    if (state.lineStart) {
      state.lineStart = false;
      stream.eatSpace();
      if (stream.match(/^={2,}\s*(function\s+)?[\w]+(\s*\([^)]*\))?\s*=*/)) return 'heading';
      if (stream.match(/^=\s*[\w]+/)) return 'heading';
      if (stream.match(/^(\*\s*|\+\s*)+/)) return 'keyword';
      if (stream.match(/^(-\s*)+(?!>)/)) return 'keyword';
      if (stream.match(/^~/)) return 'operator';
      if (stream.match(/^(VAR|CONST|LIST|INCLUDE|EXTERNAL|TODO:?)\b/)) return 'keyword';
    }
    if (stream.match(/^->->|^->\s*[\w.]*|^<-\s*[\w.]*/)) return 'link';
    if (stream.peek() === '#') {
      stream.next();
      state.inTag = true;
      return 'meta';
    }
    if (state.inTag) {
      if (stream.match(/^[^#\]]+/)) return 'meta';
    }
    if (stream.match(/^\{[^}]*\}?/)) return 'variableName';
    if (stream.match(/^[[\]]/)) return 'bracket';
    stream.next();
    return null;
  },
};

export const inkLanguage = StreamLanguage.define(parser);

const style = HighlightStyle.define([
  { tag: t.heading, color: '#21558a', fontWeight: '700' },
  { tag: t.keyword, color: '#7a3e9d', fontWeight: '700' },
  { tag: t.link, color: '#0f6b4c' },
  { tag: t.meta, color: '#8a4b00' },
  { tag: t.comment, color: '#5f6776', fontStyle: 'italic' },
  { tag: t.variableName, color: '#a11d2f' },
  { tag: t.operator, color: '#a11d2f', fontWeight: '700' },
  { tag: t.bracket, color: '#21558a', fontWeight: '700' },
]);

export const inkHighlighting = syntaxHighlighting(style);
