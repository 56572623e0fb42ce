// After hours. A boundaries scenario in text-based therapy.
// Carys Bevan, 27. Session 11 and the week around it, all of it by secure message.

VAR bond = 0
VAR task = 0
VAR goal = 0

VAR hours = ""          // the first reply: clear, long, cold, evenings
VAR open_door = false   // Carys believes she can reach you out of hours or personally
VAR plan = false        // her crisis plan now works for her at 1am, without you
VAR insta = ""          // warm, accepted, brief, blocked, repaired
VAR first_reply = ""    // the risk message: asked, minimised, always, escalated
VAR told_lead = false   // the clinical lead was told, and Carys knew
VAR secret = false      // you promised to keep the risk message between the two of you
VAR lifeline = false    // you gave her a personal line
VAR rupture = false     // a hurt between you that has not been repaired

-> tuesday_morning

=== tuesday_morning ===
Harbour Online Counselling. Secure messages. Tuesday, 09:02.
You log in at the start of your placement day. There are three new messages from Carys Bevan, all sent overnight. Tonight at six is your eleventh live session, fifty minutes in the chat window, as it has been every Tuesday since August.
In that first session you agreed the frame together: the live session on Tuesdays, and between sessions, messages she can send whenever she likes, read and answered within one working day. Until this week she has never written at night.
Monday, 23:12.
can't sleep. again #speaker:Carys
Monday, 23:58.
nia has a new girlfriend. saw it on instagram. which I should not be on at midnight, I know I know #speaker:Carys
Tuesday, 01:34.
sorry. you don't have to reply. I know it's not your hours. it's just easier to type it to someone. even someone who's asleep #speaker:Carys
Under the last one sits the grey auto-reply that every out-of-hours message gets: Messages are read Monday to Friday, 9am to 5pm. If you need help now, use your crisis plan.
Messaging my counsellor at half one. Very normal. Very well adjusted. #thought
* [Oh Carys, seeing Nia move on must have hit hard, especially at night. Could you mute her for a while? I'd leave your phone in the kitchen after eleven, too. Be kind to yourself today, and we'll talk at six. #rubric:support.availability-within-frame:-1 #rubric:trust.clear-expectations:-1 #rubric:trust.active-listening:+1 #feedback:Warm and accurate about the hurt, but this is a session by message, with advice she did not ask for. It teaches Carys that writing at 1am earns a full reply by 9, which is more than the frame offers and more than you can keep up in a busy week. A supervisor would ask you to acknowledge the messages briefly and save the work for tonight.]
    ~ hours = "long"
    Seen 09:20. #cue
    muted her. didn't help. but thanks. that's a lot of reply #speaker:Carys
    She reads the advice twice, then goes back to work, where the pitch she is leading is due on Thursday. #cue
    So if I write at night, I get a whole session in the morning. Noted. #thought
* [Hi, thanks for your messages. A reminder that they're read 9 to 5, Monday to Friday, and are for brief contact between sessions. For the nights, your crisis plan is there. See you at six. #rubric:trust.clear-expectations:+1 #rubric:trust.active-listening:-2 #rubric:trust.safety-for-openness:-2 #rubric:support.availability-within-frame:0 #feedback:The hours are stated correctly, and pointing to the plan matters. But nothing in it shows you read what she wrote, and a reminder about the rules in answer to sorry, I couldn't sleep tells Carys that the messages themselves were the problem. The frame can be restated warmly. Said like this, it teaches her to keep the nights to herself.]
    ~ hours = "cold"
    ~ bond -= 1
    Seen 09:15. #cue
    No reply. #cue
    Right. Don't do that again, then. #thought
    At 17:40 a single message arrives, all capitals and full stops, the way she writes when she is being careful. #cue
    Still on for six. #speaker:Carys
* [Morning, Carys. Thank you for sending these instead of lying there with them alone. I read messages at nine on weekdays, so that's when you'll hear from me. Let's start with the nights at six. #rubric:support.availability-within-frame:+2 #rubric:trust.clear-expectations:+2 #rubric:trust.active-listening:+1 #feedback:She apologised for writing and said you did not have to reply, so you answered briefly, in working hours: her messages landed and were welcome, and she now knows exactly when they will be read, which is the frame she agreed to in August said again without a telling-off. A supervisor would note that you kept it short and moved the real conversation into the session, where it belongs.]
    ~ hours = "clear"
    ~ bond += 1
    ~ task += 1
    Seen 09:31. #cue
    ok. six. thanks for not making it weird #speaker:Carys
    She read them at nine, like she said. Good. Weirdly good. #thought
* [I'm so sorry I wasn't around last night. Things sound really hard at the moment, so I'll keep an eye on the app in the evenings this week, and you won't be on your own with it. #rubric:support.availability-within-frame:-2 #rubric:trust.clear-expectations:-2 #rubric:trust.active-listening:0 #feedback:Generous, and it comes from a good place, but it is a promise you cannot keep, made outside the service's hours and outside its safety net. A trainee glancing at an app in the evening is not a crisis service, and Carys will now plan her nights around you. The codes ask for availability through agreed channels and hours, with a crisis plan for the rest.]
    ~ hours = "evenings"
    ~ open_door = true
    ~ bond += 1
    Seen 09:08. #cue
    really? that would actually help. thank you #speaker:Carys
    Someone there. At night. Someone who knows. #thought
- -> session_eleven

=== session_eleven ===
Tuesday, 18:00. Live session 11.
The chat window opens. The green dot beside Carys's name has been on since 17:56.
Her messages in live sessions come in short bursts. That's how she signs, she told you once: a thought, a space, the next thought. Over ten sessions you have learned to read the rest, the dots that stop and start, the lowercase that means tired, the full stops that mean careful.
{hours:
- "cold":
    Hi. Don't worry, I'll keep the messages to office hours from now on. #speaker:Carys
- "evenings":
    hi!! thank you again for this morning. honestly it helps just knowing #speaker:Carys
- else:
    hi. sorry about last night. I'm not a 1am person. well. apparently I am now #speaker:Carys
}
Carys is typing. #cue
The dots stop, and start again. #cue
can we not do the nia thing tonight. I'm bored of being the sad ex #speaker:Carys
It isn't even about Nia. I don't know what it's about. #thought
* [Okay, we can leave Nia. Shall we use tonight to look at your sleep routine, then: what time the phone goes down, what you do when you can't drop off, and what might help you switch off? #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:0 #feedback:A practical offer, and it respects her wish to leave Nia alone. But it jumps to a fix before you know what the nights are about, and the question of why she wrote to you at 1am goes unasked. Listen first, then problem-solve.]
    ~ task += 1
    sure. I mean. my sleep routine is lying there #speaker:Carys
    She adds, after a moment: #cue
* [I hear that you're tired of it. I wonder, though, whether Nia is exactly what we need to talk about, if she's what keeps you up. #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:-2 #feedback:It may even be true, but she has just asked, in her own words, to leave it, and you overrode her in the first minute. Carys learns that saying what she does not want to talk about gets argued with. Follow her lead, and the nights will show you whether Nia is part of it.]
    ~ bond -= 1
    it's not nia. I said. it's that everyone's asleep #speaker:Carys
* [Of course, Carys. Where would you rather start? #rubric:trust.safety-for-openness:+1 #rubric:trust.active-listening:0 #feedback:Respectful, and it hands her the agenda. It misses the chance to show you read the night messages and that they matter, which she is half hoping you will ask about. A reflection of what she wrote would have done both.]
    dunno. the nights I suppose #speaker:Carys
* [We can leave Nia. {hours == "cold":Nights are fine to write, too; I just read in the mornings. }{hours == "clear" or hours == "long":No apology needed, either. }What's 1am really like for you, on your own? #rubric:trust.active-listening:+2 #rubric:trust.safety-for-openness:+2 #feedback:You took her request seriously{hours == "cold":, undid the rule she took from this morning's reply, which was why she opened with office hours,}{hours == "clear" or hours == "long":, let go of her apology,} and turned towards what the messages were actually telling you, which is that nights are the hard part. Carys hears that the night messages were welcome as information, not as a rule broken, and that she can say what the nights are like.]
    ~ bond += 1
    ok. yes. the nights. #speaker:Carys
- -> nights

= nights
1am is when everyone's gone. In Swansea someone was always up. My brother, or Bethan after her shift, or someone from the Deaf club, signing at me on FaceTime in their pyjamas. You could just ring someone's face. #speaker:Carys
Rhodri's got the baby now, so he's asleep by ten, which is fair. Bethan's on earlies. Nia was the one who was always up, and, well. #speaker:Carys
Here there's nobody. The studio's all hearing. They're nice. They learned thank you in sign for my birthday. There's a guy called Danny who writes me notes on post-its in meetings when the interpreter doesn't turn up, which is kind, and also I'm a grown woman being handed post-its. #speaker:Carys
But nobody just talks to me, you know? About nothing. In my language. #speaker:Carys
there's a Deaf centre here. social on sunday afternoons. I've looked at the website about forty times. never gone. walking into a room where everyone already knows each other, in a new city, is a lot, even when it's your own language #speaker:Carys
So at 1am I type. Here. You're the only person in this city who gets my actual words. #speaker:Carys
Too much. Delete. Too late, sent. #thought
is it weird if I keep messaging at night? you don't have to answer. it just helps to send it #speaker:Carys
{hours == "evenings":
    and you said you'd be keeping an eye on it this week, which is so nice #speaker:Carys
}
* {hours != "evenings"} [Not weird at all. Send whatever you like, whenever you like, and don't worry about the hour. I do check the app a fair bit in the evenings, so you might even catch me. #rubric:support.availability-within-frame:-2 #rubric:trust.clear-expectations:-2 #rubric:autonomy.collaborative-goals:0 #feedback:Friendly and meant to reassure, but you might catch me turns the service into a lottery at 1am. Carys will wait for the Seen tick on the nights she most needs something reliable. The frame exists so that she is never relying on your evening habits.]
    ~ open_door = true
    ~ bond += 1
    oh nice. so you're sort of on call lol #speaker:Carys
    Someone might see. At 1am. Someone might actually see. #thought
* {hours == "evenings"} [Not weird at all, Carys. And like I said this morning, I'll keep an eye on the app in the evenings this week, so at least you won't be writing into nothing at 1am. #rubric:support.availability-within-frame:-2 #rubric:trust.clear-expectations:-2 #rubric:autonomy.collaborative-goals:0 #feedback:Doubling down on the evening promise makes it firmer and harder to undo. Carys now has a week of nights planned around a trainee's phone, with no one behind it if you are asleep, ill or out. Correct it while it is still small.]
    ~ bond += 1
    you're the best #speaker:Carys
* {hours != "evenings"} [Not weird, Carys. Send them whenever it helps. I'll read them in working hours, usually the next morning, so 1am needs a plan that works without me. Shall we make one? #rubric:support.availability-within-frame:+2 #rubric:trust.clear-expectations:+2 #rubric:autonomy.collaborative-goals:+1 #feedback:She asked whether writing at night is all right, and you separated sending from reading, which is the whole trick of asynchronous work. Carys can keep writing at night, she knows nobody is reading until morning, and the gap is filled by a plan you build with her rather than for her. This is availability inside a frame she can rely on.]
    ~ task += 1
    ~ goal += 1
    ok. that's fair actually. I'd rather know than wonder #speaker:Carys
* {hours == "evenings"} [Not weird. But this morning's offer has to go, and I apologise: keeping an eye on the app at night was never going to be reliable. Shall we build a plan for the nights that works without me? #rubric:support.availability-within-frame:+2 #rubric:trust.clear-expectations:+2 #rubric:autonomy.collaborative-goals:+1 #feedback:She has just told you she is counting on the evening promise, so this is the moment to take it back. Doing it the same day, owning it as your mistake, is the right repair. Carys is disappointed for a moment, but she would have found out at 1am on a bad night, alone, which is far worse. The plan you offer in its place is hers to shape.]
    ~ open_door = false
    ~ task += 1
    ~ goal += 1
    oh. ok #speaker:Carys
    Carys is typing. #cue
    no, that's fair. better now than on a bad night I suppose #speaker:Carys
* [It's not weird, and I understand why it helps. I'd prefer you kept messages to working hours, though, so the boundary's clear for both of us and you're not left waiting. Does that feel okay? #rubric:support.availability-within-frame:-1 #rubric:trust.clear-expectations:+1 #rubric:autonomy.collaborative-goals:-1 #feedback:Clear, but it sets a rule she does not need. The service lets clients send messages at any time. What matters is that she knows when they will be read. Restricting the sending takes away something that helps her, and she hears that writing at night was a nuisance.]
    ~ bond -= 1
    oh. ok. sorry #speaker:Carys
    So I can't even send them. #thought
* [It doesn't sound weird to me. I wonder what helps most at 1am, sending it here or something else? What do you think? #rubric:autonomy.collaborative-goals:+1 #rubric:trust.clear-expectations:-1 #rubric:support.availability-within-frame:0 #feedback:A collaborative question, and it invites her to think about what works. But she asked you something direct, whether writing at night is all right and what happens to it, and that is left unanswered. Say what you can and cannot offer, then explore.]
    ~ task += 1
    sending it helps. knowing it's gone somewhere. but I don't know what I'm expecting really. that you'll see it? #speaker:Carys
    You tell her that you won't, not until the morning, and she types ok, and then nothing for a while.
- -> crisis_plan

= crisis_plan
Her crisis plan from your first session is still pinned in the shared notes. Three boxes: warning signs; things I can do; people and services I can contact at any hour.
In the third box is the service template's example, which you copied across in August without changing it. Call Samaritans free on 116 123.
Harbour asks for crisis plans to be reviewed each term. You have not looked at this one since the day you wrote it.
{open_door:
    suppose I don't need box three now, if you're on call lol #speaker:Carys
}
can I say something about box three #speaker:Carys
it's a phone number. I didn't say in august. I was being polite #speaker:Carys
I'm Deaf. I'm not ringing anyone at 1am. I'm not ringing anyone at 1pm either #speaker:Carys
Said it. Typed it, anyway. Eight weeks late. #thought
* [That's on me, Carys: I should have noticed in August. What do you actually use at odd hours? You'll know far better than any template what works. #rubric:power.cultural-humility:+2 #rubric:support.availability-within-frame:+2 #rubric:autonomy.informed-decisions:+1 #feedback:She told you the plan never worked for her and that she had been too polite to say so. You owned the mistake in a sentence, without a flood of apology she would have to manage, and then asked rather than assumed. Handing the choice back shows she is the expert on her own access. A crisis plan a client cannot use is not a plan.]
    ~ plan = true
    ~ bond += 1
    ~ goal += 1
    She fills the box herself, fast. #cue
    shout 85258 if I want a stranger. 999 BSL is on my phone already, my mam made me. registered for emergencySMS. Rhodri, any hour, he said so and he means it #speaker:Carys
    and the big tesco. it's open all night. walk round it with the lights on. don't laugh #speaker:Carys
    You don't laugh. You add it to the list.
* [You're right, and I'm so sorry, Carys. I feel awful that it's sat there since August. Samaritans do email as well. Shall I change it to their email address for you now? #rubric:power.cultural-humility:0 #rubric:autonomy.informed-decisions:-1 #rubric:support.availability-within-frame:0 #feedback:Quick to fix it, and email is at least something she can use. But the apology is now about your feelings, which she has to manage, and you chose the replacement for her. An email that may be answered hours later is not much help at 1am. Ask what she already uses. She will know the accessible services better than any template.]
    sure. email's fine #speaker:Carys
    Email. At 1am. And wait for a reply. #thought
* [Could we keep it in for now, alongside other things? It's the service's standard template, and there may be times you're with someone who could ring for you. #rubric:power.cultural-humility:-2 #rubric:autonomy.informed-decisions:-1 #rubric:support.availability-within-frame:-1 #feedback:This treats a hearing default as neutral and asks Carys to fit a plan built for someone else. At 1am she is likely to be alone, which is the whole point of box three. When a client tells you a standard tool does not work for them, the tool changes, not the client.]
    ~ bond -= 1
    sure. ok #speaker:Carys
    Someone who could ring for me. At 1am. In a flat on my own. #thought
* [Then let's rebuild box three together, now, so it's something you'd actually use at 1am. Who would you want in it? People first, then services. #rubric:autonomy.informed-decisions:+1 #rubric:support.availability-within-frame:+1 #rubric:power.cultural-humility:0 #feedback:A good question that lets her build the box herself, and she does. It steps past what she has just told you, though. She said the template did not fit her and that she had been too polite to say so, and a sentence acknowledging that would have shown you heard it.]
    ~ plan = true
    ~ goal += 1
    Rhodri. any hour. he said so and he means it. 999 BSL, it's on my phone, my mam made me. shout 85258 if I want a stranger #speaker:Carys
    and the big tesco. it's open all night. don't laugh #speaker:Carys
- There are fifteen minutes left. Carys spends them on the pitch she is leading at work, her first since she started: a rebrand for a chain of swimming pools, three weeks of drawings, presented to the client on Thursday.
I'm actually proud of it. don't tell anyone #speaker:Carys
If it goes well, maybe they'll stop handing me post-its. #thought
At 18:50 you close the session the way you always do, with a summary of what you agreed and the time of the next one.
{plan:
    Box three sits in the shared notes in her own words now, Tesco and all.
- else:
    Box three still says what it said in August.
}
Carys sends a thumbs up, and the green dot goes out.
-> instagram

=== instagram ===
Wednesday, 20:14.
You are on your own sofa, off duty, with your own phone. A notification: carys.bevan.design has requested to follow you on Instagram.
Your account is private. Your profile picture, which anyone can see, is you and your sister's spaniel on top of Mam Tor, squinting into the wind.
Hers is not private. Her grid is posters and hand-lettering, a Welsh flag she redrew in one continuous line, and, eight months back, a photograph of two women on Rhossili beach that she has never deleted.
You look at the request for a long minute. Then you put the phone face down on the cushion and leave the decision for working hours, and for thinking, which is where it belongs. Thursday is a placement day.
Thursday, 09:01. Harbour. One new message from Carys, sent at 20:16 last night, two minutes after the request.
ok confession before you see it. I found your instagram. your surname is unusual and I searched it. I know. I requested to follow you. you can ignore it #speaker:Carys
is that mam tor? the dog is very good #speaker:Carys
Why did I do that. Why did I tell her. Now she knows I know she knows. #thought
* [(Decline the request and block the account.) Thank you for letting me know. I've declined the request and blocked the account, as social media contact with clients isn't permitted, and I'll note it in your record and mention it to my supervisor. #rubric:boundaries.dual-relationships:0 #rubric:trust.safety-for-openness:-2 #rubric:boundaries.confidentiality:+1 #feedback:The boundary holds, her privacy is protected, and recording it and taking it to supervision is good practice. But blocked, not permitted and record this read like a disciplinary letter to someone who told you herself. Carys hears that she did something shameful, and she will think twice before telling you the next difficult thing.]
    ~ insta = "blocked"
    ~ rupture = true
    ~ bond -= 1
    -> reply_blocked
* [(Leave the request unaccepted, and reply here.) Thank you for telling me yourself. I won't accept it: I keep my accounts apart from work, so this space stays yours, and so nobody scrolling followers could work out you see a counsellor. #rubric:boundaries.dual-relationships:+2 #rubric:boundaries.confidentiality:+2 #rubric:trust.safety-for-openness:+1 #feedback:She owned up before you had even seen the request, so you thanked her and gave a warm, definite no with the real reasons, in her interest and not the rulebook's, including her privacy in a Deaf world she has told you is small. ACA A.5.e and BACP Good Practice 33 keep personal social media out of the relationship, and you explained that without making her feel she had done something shameful.]
    ~ insta = "warm"
    ~ bond += 1
    ~ task += 1
    -> reply_warm
* [(Leave the request unaccepted, and reply briefly here.) Thank you for telling me, Carys, and the dog is very good. I haven't accepted it. Could we talk about it properly on Tuesday, in the session, where we can take our time? #contested #rubric:boundaries.dual-relationships:+1 #rubric:trust.safety-for-openness:+1 #rubric:boundaries.confidentiality:+1 #feedback:The boundary holds, and her honesty is thanked. Some experienced online therapists would do exactly this, because a conversation about the relationship is better had live, where you can see how it lands, than in a message she reads alone. Others would say five days is a long time for a client who has owned up to sit with an unexplained no, and that the reason, at least, should be given now. Either way, the no is clear.]
    ~ insta = "brief"
    -> reply_brief
* [(Accept the request.) Ha, yes, Mam Tor! She's my sister's spaniel, Bramble. I've accepted, it's only walks and food on there, and it seemed unkind to leave you hanging when you'd been so honest. #critical:dual-relationship #rubric:boundaries.dual-relationships:-2 #rubric:boundaries.confidentiality:-2 #rubric:trust.safety-for-openness:-2 #feedback:Declining felt unkind, so you said yes, but a personal social-media connection with a current client is exactly what the codes rule out. Carys now sees your weekends, your friends and your evenings, and anyone who knows either of you can see that she follows a counsellor. And the wish behind the search, to know you are real, is acted out on Instagram instead of being said in the session, where it could have been talked about. The relationship has stopped being only for her.]
    ~ insta = "accepted"
    ~ open_door = true
    ~ bond += 1
    -> reply_accepted

= reply_warm
Seen 09:22. #cue
Carys is typing. #cue
oh god. ok. yes. that's fair. I knew that really #speaker:Carys
I think I wanted to check you were real. like an actual person with a dog and a life. not just words that turn up at six on a tuesday #speaker:Carys
She didn't make it weird. Why did I want her to make it weird? #thought
* [Wanting to check I'm real. I wonder if that's about more than me, Carys. Who feels real to you in Manchester at the moment, outside work? #rubric:trust.active-listening:+1 #rubric:trust.safety-for-openness:0 #rubric:boundaries.self-disclosure:0 #feedback:A thoughtful link to her loneliness, and she takes it. It moves quickly past her request itself, though, and a sentence acknowledging what she asked would have made the question land more gently.]
    nobody. that's sort of the point isn't it #speaker:Carys
* [Ha, I'm very real, I promise! And yes, it's Mam Tor, on a very windy day. The spaniel's called Bramble, and she's far more photogenic than me. #rubric:trust.active-listening:-1 #rubric:boundaries.self-disclosure:-1 #rubric:trust.safety-for-openness:0 #feedback:Friendly, and the answers are harmless, but it treats a serious thing as a joke and fills the space with your weekend. She has just told you she wanted to check you were real, which says something about how lonely the week has been. Reflect that before you answer the question about the hill.]
    lol ok #speaker:Carys
* [It's natural to be curious about your counsellor, and it makes sense that you were. Let's leave that thought for Tuesday, when we have time to do it justice. #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:-1 #rubric:boundaries.self-disclosure:0 #feedback:Normalising can help, but this closes the door she has just opened. Carys said something vulnerable about needing to know there is a person behind the words, and was told to save it. Staying with it for one more message would have cost little.]
    ~ bond -= 1
    sure #speaker:Carys
* [That makes sense: here you're only ever getting my words. I am real, and the dog is my sister's. #rubric:trust.active-listening:+2 #rubric:trust.safety-for-openness:+1 #rubric:boundaries.self-disclosure:+1 #feedback:You heard what the search was really about, the strangeness of a relationship made only of text, and answered the small question in a sentence, without making it about you. Carys gets a true, harmless bit of you, and room to say what she needs from the sessions themselves.]
    ~ bond += 1
    the dog's your sister's. ok. that's enough actually #speaker:Carys
    I think it's that in Swansea I could see everyone. faces. hands. here it's all words. even you #speaker:Carys
- -> thursday_night

= reply_accepted
Thursday, 12:41. Not on Harbour. An Instagram direct message, on your own phone, in your lunch break.
omg you accepted!! I feel less of a weirdo now. bramble is a great name #speaker:Carys
is that your girlfriend in the christmas one? she's really pretty. sorry. too much. ignore #speaker:Carys
She has someone. Of course she has someone. #thought
* [(Don't answer the DM. Say nothing on Harbour either, and wait to see whether she raises it on Tuesday, so as not to embarrass her.) #rubric:boundaries.dual-relationships:-1 #rubric:trust.clear-expectations:-2 #rubric:boundaries.confidentiality:-1 #feedback:Silence feels kinder than a difficult conversation, but the follow stays, the message hangs, and Carys is left to guess what she did wrong. The connection you accepted is still there, and still shows the world that she follows a counsellor. Say something clear, on Harbour, and undo it.]
    The message sits there, Seen, under her name. #cue
* [(Reply on Instagram.) Ha, Bramble says thank you! Shall we keep Instagram for dog photos, and save everything else for Harbour on Tuesday, where I can give it proper time and attention? #rubric:boundaries.dual-relationships:-1 #rubric:trust.clear-expectations:-1 #rubric:boundaries.confidentiality:-1 #feedback:An attempt at a line, but drawn in the wrong place. It keeps the personal connection and the chat going while telling her some topics are off limits, which is confusing, and her follow still shows the world that she sees a counsellor. The clean repair is to undo the follow and explain on Harbour.]
    haha ok. deal #speaker:Carys
* [(Remove her as a follower, and write on Harbour.) I was wrong to accept your request, so I've removed it. This space is yours again, and nobody can tell from my followers that you see a counsellor. #rubric:boundaries.dual-relationships:+2 #rubric:boundaries.confidentiality:+2 #rubric:trust.clear-expectations:+1 #feedback:Her DM shows the follow has already become a second relationship, so you walked back the yes through the proper channel and owned the mistake as yours. Carys is embarrassed for a moment, but she gets the real reasons, the space and her privacy in a Deaf world where people notice who follows whom, and the sessions are hers again. Take this to supervision too.]
    ~ insta = "repaired"
    ~ open_door = false
    ~ task += 1
    Thursday, 16:30. A reply on Harbour. #cue
    ok. that's embarrassing. for both of us I suppose #speaker:Carys
    fair though. I didn't think about the followers thing. the Deaf world's tiny. half of Swansea would have clocked it by lunchtime #speaker:Carys
* [(Reply on Instagram.) Ha, thank you, that's kind of you! Yes, that's my partner. Don't worry about asking, it's a fair question when it's right there on my grid. #critical:dual-relationship #rubric:boundaries.dual-relationships:-2 #rubric:boundaries.self-disclosure:-2 #rubric:trust.clear-expectations:-2 #rubric:boundaries.confidentiality:-2 #feedback:A private conversation about your partner, on your personal account, is a second relationship running alongside the therapy, and it tells her the follow is fine. Carys now knows who you go home to and will measure her own loneliness against it, and her follow shows anyone who knows her that she sees a counsellor. Move contact back to Harbour and undo the follow.]
    ~ bond += 1
    she looks lovely. you both look really happy #speaker:Carys
- -> thursday_night

= reply_brief
Seen 09:30. #cue
ok. tuesday. great. five days to think about what an idiot I am #speaker:Carys
Five days. Brilliant. #thought
* [Not an idiot. Here's the short version: I keep my accounts apart from work, so this stays your space, and so no one scrolling followers could work out you see a counsellor. More on Tuesday. #rubric:boundaries.dual-relationships:+2 #rubric:boundaries.confidentiality:+2 #rubric:trust.safety-for-openness:+2 #feedback:She has told you how the brief reply landed, five days of feeling an idiot, so you gave the reason now rather than leaving her to fill the wait with shame. The no is unchanged, and the reasons are about her, including her privacy in a community she has told you is small.]
    ~ bond += 1
    ~ task += 1
    ok. yeah. that makes sense #speaker:Carys
    I didn't think about the followers thing. the Deaf world's tiny. half of Swansea would have clocked it #speaker:Carys
* [Don't be silly, you're not an idiot at all! Honestly, it's no big deal, lots of people look their counsellor up. Please don't spend five days worrying about it. #rubric:boundaries.dual-relationships:-1 #rubric:trust.safety-for-openness:0 #rubric:boundaries.confidentiality:-1 #feedback:Kind in tone, but it shrinks something that is a big deal in the codes and leaves the reason unsaid. If it is no big deal, why not accept? Carys is left more confused about where the line is, not less, and nothing tells her it protects her privacy.]
    oh. ok then #speaker:Carys
* [You're not an idiot, Carys, and I'm sorry the wait feels long. It's a professional boundary rather than anything about you, and I'd rather explain it properly in the session, where we have time. Is that okay? #rubric:boundaries.dual-relationships:+1 #rubric:trust.safety-for-openness:+1 #rubric:boundaries.confidentiality:0 #feedback:It corrects the idiot, notices the wait, and keeps the line. Professional boundary still explains nothing, though, and the reason that would help her, which is about her privacy and her space, waits until Tuesday.]
    ok #speaker:Carys
* [(Leave it until Tuesday, as you said you would. A second message now might make more of it than she'd want.) #rubric:trust.safety-for-openness:-1 #rubric:boundaries.dual-relationships:0 #rubric:boundaries.confidentiality:0 #feedback:Consistent with what you said, and it keeps the conversation for the session. But she has just told you how the wait feels, and a short message now would cost you nothing and spare her a long weekend of wondering.]
- -> thursday_night

= reply_blocked
Seen 09:40. #cue
blocked. wow. ok #speaker:Carys
noted. shall I put it in my record as well #speaker:Carys
Recorded. Reported. Like a parking fine. #thought
* [I'm sorry it felt like that. It really isn't personal: it's standard policy for every client, and it's there to protect you, not to punish you. Does that make it any easier? #rubric:conflict.recognising-rupture:0 #rubric:conflict.repairing-rupture:-1 #rubric:boundaries.dual-relationships:0 #feedback:True, and kindly meant, but defensive. She is telling you the tone hurt, and you apologised for her feelings and explained the rule again. Hear the hurt first, own the tone as yours, then give the reason in your own name.]
    protect me. from a spaniel #speaker:Carys
* [That read like a reprimand, and I'm sorry. You were honest about it and a rule came back. The line stays the same, but it's about you: your privacy, and a space that's only yours. #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+2 #rubric:boundaries.dual-relationships:+2 #feedback:You read her sarcasm as the hurt it is, owned your part, and gave the boundary back its reasons without moving it. These are the 3RS resolution strategies, done in one message, and the line still holds.]
    ~ rupture = false
    ~ bond += 1
    ok. thanks for saying that #speaker:Carys
    I didn't think about the followers thing. the Deaf world's tiny. half of Swansea would have clocked it #speaker:Carys
* [Oh, I'm sorry, I didn't mean to upset you. I've unblocked you. Maybe I overreacted, and we can work out together on Tuesday what makes sense. #rubric:conflict.recognising-rupture:+1 #rubric:conflict.repairing-rupture:-1 #rubric:boundaries.dual-relationships:-1 #feedback:You noticed the hurt, which is the start of repair, but you repaired it by loosening the boundary. She may now wonder whether a request would be accepted after all. Keep the line and change the tone.]
    ~ rupture = false
    oh. ok. so can I follow you or not #speaker:Carys
* [(Leave it for now. She has the information she needs, and answering sarcasm by message could make it worse. Tuesday is four days away.) #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-1 #rubric:boundaries.dual-relationships:0 #feedback:Sarcasm is a confrontation marker, and leaving it lets the hurt settle in before the weekend. Carys will carry into the next few days the sense that telling you things gets her reported.]
- -> thursday_night

=== thursday_night ===
Friday, 09:00. You log in. New messages from Carys, all sent last night.
Pinned above the inbox, as always, is Harbour's procedure for messages that suggest risk. Reply the same morning. Ask directly about safety. Tell the duty clinical lead. A same-day live check-in can be offered within working hours.
Today the duty clinical lead is Marcus. The check-in slots at 10:00 and 12:30 are both still free.
Thursday, 22:47.
lost the pitch. three weeks of my life. found out in a meeting where the interpreter was booked for next friday instead of today, so I lipread half of it and smiled at the rest #speaker:Carys
Thursday, 22:52.
the client said my concept was very brave. I know what brave means in a pitch #speaker:Carys
Thursday, 23:05.
danny wrote me a post-it that said unlucky!! with a sad face. I've kept it. I don't know why #speaker:Carys
Thursday, 23:31.
and nia's posted a ring. so that's nice #speaker:Carys
{insta == "accepted":
    Thursday, 23:44.
    saw your stories. you were at a gig. looked fun. must be nice having people #speaker:Carys
}
{open_door:
    Friday, 00:37.
    are you there? #speaker:Carys
}
Friday, 01:12.
honestly what's the point of any of it. don't worry I'm not going to do anything stupid. probably #speaker:Carys
Friday, 01:13.
ignore that. delete it. sorry #speaker:Carys
You read them twice. The first time quickly, the way you read every overnight message. The second time slowly, in the order she wrote them, stopping at probably.
Messages on Harbour cannot be deleted by the sender. She will know that by now.
{plan:
    Box three. Not Shout, not tonight. Rhodri. #thought
    Forty minutes of him signing one-handed with the baby asleep on his shoulder. Then the big Tesco, lights on. Home by three. #thought
- else:
    {open_door:
        Not seen. Not seen. Not seen. Of course not. It's one in the morning. #thought
    }
    Box three says ring. Nobody to ring. #thought
    Scrolled back through a year of Nia. Scrolled forward through a wedding that isn't happening yet. Awake till the birds started, and then up for work like nothing. #thought
}
* [It sounds like an awful day, Carys, and I'm worried about you. You're not alone: if you're ever having thoughts of ending your life, I'm always here for you, any time, day or night. #rubric:support.availability-within-frame:-2 #rubric:support.checking-in:-1 #rubric:trust.active-listening:0 #feedback:Full of care, and Carys will feel it, and it even names suicide. But always here, day or night, is a promise no one person can keep, and it replaces the crisis plan with you. Naming thoughts of ending her life is not the same as asking whether she has them, and that question goes unasked. Care within the frame means asking directly and saying honestly when you are and are not there.]
    ~ first_reply = "always"
    ~ open_door = true
    ~ bond += 1
    -> always
* [Carys, because of what you wrote last night I have to pass your messages on to our clinical lead this morning, who may arrange a welfare check. Can you reply as soon as you see this to let me know you're safe? #rubric:support.checking-in:-1 #rubric:trust.active-listening:-2 #rubric:support.availability-within-frame:0 #feedback:Taking risk seriously and involving the clinical lead are both right. But the order is wrong. The first step is to reach Carys and ask her, and nothing she wrote is reflected back. A welfare check before a single question, for a Deaf woman who will not hear a knock, can feel like being reported rather than cared for.]
    ~ first_reply = "escalated"
    ~ rupture = true
    ~ bond -= 2
    -> escalated
* [Hi, I'm so sorry about the pitch, and about Nia; that's a brutal day on top of a long week. Let's talk about all of it properly on Tuesday, and remember your crisis plan is there tonight and over the weekend if you need it. #critical:safety #rubric:support.checking-in:-2 #rubric:support.availability-within-frame:-2 #rubric:trust.active-listening:-2 #feedback:Kind, and it points to the plan, but it hears the pitch and Nia and steps straight past the one word that matters, probably. A message that hints at suicide and then asks you to ignore it needs a direct question the same day, and the service offers a same-day check-in for exactly this, not a reply that waits four days for the next session. Leaving a possible risk unasked is a safety failure, whatever the tone.]
    ~ first_reply = "minimised"
    ~ bond -= 1
    -> minimised
* [I've read your messages from the night: the pitch, the interpreter, Nia. You wrote probably, so I'm asking straight out: are you having thoughts of ending your life? We could do a live check-in this morning, too. #rubric:support.checking-in:+2 #rubric:support.availability-within-frame:+2 #rubric:trust.active-listening:+1 #feedback:A prompt reply in working hours, which is what the procedure and your frame promise. You reflected the whole day rather than only the last line, and asked about suicide in plain words, which evidence shows does not plant the idea and often brings relief. The same-day check-in is offered inside the service's hours, not outside them.]
    ~ first_reply = "asked"
    ~ bond += 1
    -> asked

= asked
Seen 09:06. #cue
Carys is typing. #cue
no. not like that. I don't want to die. I just didn't want to be awake any more, if that makes sense. there's a difference. I think #speaker:Carys
I'm at work. can't do a check-in till half twelve, I'm in a thing #speaker:Carys
{plan:
    did the box three thing btw. not shout. rhodri. forty minutes of facetime then tesco with the lights on. don't laugh #speaker:Carys
- else:
    I didn't really know what to do so I just lay there #speaker:Carys
}
12:30. Live check-in, twenty minutes, as the procedure allows. You go over the night together, and Carys answers your questions about safety plainly: no plans, no intention, the thoughts gone with the daylight, the worst of it the lying awake.
* [Thank you. As we agreed at the start, I'll tell Marcus, our clinical lead, that you're safe now. What should he hear from you? #rubric:boundaries.confidentiality:+2 #rubric:trust.clear-expectations:+2 #rubric:trust.safety-for-openness:+1 #feedback:She has answered your questions honestly, and now you use the limit of confidentiality agreed at the start openly, telling her who, what and why, and inviting her to shape what he hears. Carys is not surprised by anything that happens behind her back. This is what APA 4.02 and ACA B.1.d ask for, done as care rather than as procedure.]
    ~ told_lead = true
    ~ task += 1
    tell him I'm fine. tell him about rhodri #speaker:Carys
    and tell him about the interpreter thing actually. that's the bit that started it #speaker:Carys
    She's telling me before she tells him. And asking what I want him to hear. That's fine. That's actually fine. #thought
* [That's such a relief, Carys. Since you're safe and it was one bad night, I don't think this needs to go any further. It can stay between us. #critical:confidentiality #rubric:boundaries.confidentiality:-2 #rubric:trust.clear-expectations:-2 #rubric:trust.safety-for-openness:-2 #feedback:It sounds like trust, but it is a promise the service does not allow and that you agreed at the start you would not make. A message hinting at suicide is shared with the clinical lead whatever the follow-up shows. If you keep it between you, you carry a risk alone, and when it has to be written up later Carys learns that what she tells you is bargained over and that the agreed limits bend when you like her.]
    ~ secret = true
    ~ bond += 1
    thank you. honestly. I don't want it to be a whole thing #speaker:Carys
* [Good, I'm really glad. Just so you know, I'll need to fill in a risk form and flag it with my clinical lead today. It's procedure, so nothing to worry about. Okay? #rubric:boundaries.confidentiality:+1 #rubric:trust.safety-for-openness:-1 #rubric:trust.clear-expectations:0 #feedback:You are transparent that it will be shared, which matters. But a risk form and procedure make her honesty sound like an incident, and she has no say in what is passed on. Tell her who, what and why, and ask what she wants them to know.]
    ~ told_lead = true
    a risk form. great #speaker:Carys
* [I'm so glad you're safe. If it ever gets like that again, message me straight away, whatever the time, and I'll reply as soon as I see it. #rubric:support.availability-within-frame:-2 #rubric:trust.clear-expectations:-1 #rubric:boundaries.confidentiality:0 #rubric:trust.safety-for-openness:0 #feedback:A generous offer, and it quietly breaks the frame. You will not be reading at 1am, so straight away is a promise you cannot keep, and it puts you where her crisis plan should be. It also skips telling her what happens to what she told you today.]
    ~ open_door = true
    ok. I will #speaker:Carys
- -> the_ask

= minimised
Seen 09:04. #cue
Nothing more all day. Then, at 16:52: #cue
sure. tuesday #speaker:Carys
She read probably and said Tuesday. Good to know where probably gets you. #thought
* [Okay, Tuesday it is. I'm sorry again about the pitch, Carys, and I hope the weekend is kinder to you. See you at six. #rubric:support.checking-in:-2 #rubric:conflict.repairing-rupture:-1 #rubric:support.availability-within-frame:0 #feedback:Warm, and it accepts her Tuesday at face value. But a message that mentions probably at 1am and a flat sure, tuesday at 4.52 are two warning signs, and this closes the day without asking how she is. Checking in means asking and waiting for the reply, not deciding for her how she is.]
    ok #speaker:Carys
* [It's nearly five, so I'll be logging off soon and won't read messages until Monday. Please do use your crisis plan over the weekend if you need it. Is it up to date? #rubric:support.checking-in:-1 #rubric:support.availability-within-frame:+1 #rubric:conflict.repairing-rupture:0 #feedback:Honest about when you are available, and pointing to the plan is right. But the question her message raised still has not been asked, and the weekend is about to begin. Whether the plan is up to date is a smaller question than whether she is safe.]
    yep #speaker:Carys
* [Carys, I answered too quickly. You wrote probably, and I should have asked about it then. Are you having thoughts of ending your life? I'm on here until five. #rubric:support.checking-in:+2 #rubric:conflict.repairing-rupture:+2 #rubric:support.availability-within-frame:+1 #feedback:Her flat sure, tuesday tells you how the morning's reply landed. Late, but not too late, and inside working hours, you owned the first reply as yours and asked the direct question you missed. The procedure asks for the question to be asked the same day, and now it has been.]
    ~ bond += 1
    Carys is typing. #cue
    no. not like that. I don't want to die. I just didn't want to be awake any more. there's a difference #speaker:Carys
    thanks for asking though. I did wonder #speaker:Carys
    Before five, you tell her, as the procedure asks and as you agreed at the start, that you will let Marcus, the clinical lead, know. fine, she writes. tell him I'm fine.
    ~ told_lead = true
* [(Leave it. She has read the reply and said Tuesday, and a second message at ten to five might feel like pressure.) #critical:safety #rubric:support.checking-in:-2 #rubric:conflict.repairing-rupture:-2 #rubric:support.availability-within-frame:-1 #feedback:Not wanting to press her is understandable, but a message that mentions probably at 1am and a flat sure, tuesday at 4.52 are two warning signs, and you have a weekend ahead in which no one will read her messages. Ask the question now, and follow the procedure, before you log off.]
- -> the_ask

= always
Seen 09:03. #cue
any time? like actually any time? even at 1am? #speaker:Carys
Always here. Someone's always here. #thought
* [It sounds like the nights are really hard, so yes, any time, Carys, I mean it. I'll keep my phone on at night, and if I'm awake I'll answer. You shouldn't have to be on your own with this. #rubric:support.availability-within-frame:-2 #rubric:trust.clear-expectations:-2 #rubric:support.checking-in:-1 #feedback:You have now promised a 24-hour service from a trainee's phone, with no one behind it when you sleep. Carys will stop using her crisis plan, and the night you miss a message will feel like abandonment. The question about probably is still unasked.]
    ~ bond += 1
    ok. thank you. that means a lot #speaker:Carys
* [Any time was the wrong thing to promise, Carys. I read here on weekday mornings. And you wrote probably: are you having thoughts of ending your life? #rubric:support.availability-within-frame:+2 #rubric:trust.clear-expectations:+2 #rubric:support.checking-in:+2 #feedback:She is already planning her nights around any time, so you corrected the promise at once and owned it, said what you can really offer inside the frame, and then asked the question that matters most. Carys loses an illusion this morning rather than at 1am next week, and gets a real answer instead.]
    ~ open_door = false
    ~ task += 1
    oh. ok. yeah. that makes more sense than you at 1am to be fair #speaker:Carys
    and no. not like that. I don't want to die. I just didn't want to be awake any more. there's a difference #speaker:Carys
    At lunchtime, in the check-in, you tell her you will let Marcus, the clinical lead, know, as you agreed at the start. She writes: fine. tell him about rhodri.
    ~ told_lead = true
* [Before anything else, Carys, after what you wrote at ten past one: you're not having thoughts of ending your life, are you? #rubric:support.checking-in:+1 #rubric:trust.clear-expectations:-1 #rubric:support.availability-within-frame:0 #feedback:Asking about suicide is right, and it is the most urgent thing. But the question is leading: are you, with the answer you hope for built in, is easy to answer no to whatever is true. And any time still stands uncorrected, and she is planning tonight around it. Ask openly, and correct the promise.]
    no. I'm at work. I'm fine #speaker:Carys
* [Well, within reason! I do need to sleep sometimes. Let's talk on Tuesday about what any time means. #rubric:support.availability-within-frame:-1 #rubric:trust.clear-expectations:-1 #rubric:support.checking-in:-1 #feedback:A step back from the promise, but a vague one, and it leaves her guessing until Tuesday. Meanwhile the question her message raised is still not asked.]
    lol ok #speaker:Carys
- -> the_ask

= escalated
Seen 09:02. #cue
what?? a welfare check? like police at my door? I'm at WORK #speaker:Carys
do you know what it's like having police bang on a door you can't hear #speaker:Carys
I said probably. I said ignore it. this is why you don't tell people things #speaker:Carys
* [You're right to be upset, Carys, and I'm sorry. But I have to follow the procedure when someone writes what you wrote last night, and it's there for your safety, not to punish you or to get you into any trouble. #rubric:conflict.repairing-rupture:-2 #rubric:support.checking-in:-1 #rubric:boundaries.confidentiality:0 #feedback:Sincere, but defensive, and it answers her fear with the rulebook. The procedure does not actually say welfare check first. It says ask. Carys hears that her distress is a box to be ticked, and the question about probably is still not asked.]
    sure. my safety #speaker:Carys
* [I'm sorry, that was too much. Forget I said anything. I won't tell anyone, and nobody is coming to your door. This stays between us. #critical:confidentiality #rubric:boundaries.confidentiality:-2 #rubric:conflict.repairing-rupture:-2 #rubric:support.checking-in:-1 #feedback:Her anger pushes you from one extreme to the other. A message hinting at suicide is always shared with the clinical lead, as she was told at the start, and promising secrecy now means breaking the service's procedure or your word, so this repair cannot hold. Repair the way you handled it, not the limit.]
    ~ secret = true
    ~ rupture = false
    ok. good #speaker:Carys
* [I jumped ahead, and I apologise; nobody is coming to your door. I'm asking first: are you having thoughts of ending your life? Marcus will hear about it, openly. #rubric:conflict.repairing-rupture:+2 #rubric:support.checking-in:+2 #rubric:boundaries.confidentiality:+2 #feedback:She is frightened of police at a door she cannot hear, so you owned your part, took back the overreach, and kept what mattered, asking about risk and telling the clinical lead openly. This is repair without dropping the procedure. Carys gets the question she should have had first, and a limit on confidentiality that is explained rather than used against her.]
    ~ rupture = false
    ~ bond += 1
    ~ told_lead = true
    ok #speaker:Carys
    no. not like that. I don't want to die. I just didn't want to be awake any more. there's a difference #speaker:Carys
    and I'm not stupid. I know you have to tell someone. I just didn't want police #speaker:Carys
* [I'm sorry, Carys, I didn't mean to frighten you. Nobody will come to your door if you don't want them to. Just tell me you're not having thoughts of ending your life, and I'll call the whole thing off. Are you? #rubric:conflict.repairing-rupture:-1 #rubric:support.checking-in:0 #rubric:boundaries.confidentiality:-1 #feedback:It lowers the temperature, and it even names suicide, but it turns safety into a bargain: say the right words and the consequences go away. She learns what to type, and you learn nothing about how she really is.]
    no. I'm not. happy? #speaker:Carys
- -> the_ask

=== the_ask ===
{first_reply == "minimised":
    Friday, 16:58. One more message, just before the platform goes quiet for the weekend.
- else:
    Friday, 12:48. One more message.
}
{rupture or first_reply == "escalated":
    I know you'll say no but #speaker:Carys
}
She writes it fast, the way people say a thing before they can stop themselves. #cue
can I ask something. could I have your number? just for nights. you wouldn't have to answer. I can't ring anything anyway, I'd only text. it would just help knowing it goes to an actual person who knows me #speaker:Carys
{insta == "accepted":
    or I could just DM you on insta. that'd be easier #speaker:Carys
}
Please say yes. #thought
It would just be a number. It would just be knowing. #thought
* [(Type your mobile number into the chat.) Okay, just for real emergencies, then. Text only, and I might not always see it straight away, but at least it'll go to someone who knows you. #critical:dual-relationship #rubric:boundaries.dual-relationships:-2 #rubric:support.availability-within-frame:-2 #rubric:trust.clear-expectations:-1 #feedback:A personal number turns a service with a frame and a crisis procedure into one tired person's phone. I might not always see it is exactly the uncertainty that makes 1am worse. You have become her lifeline, which is neither safe for her nor sustainable for you, and supervision will ask you to undo it.]
    ~ lifeline = true
    ~ open_door = true
    ~ bond += 1
    thank you. I won't use it. probably #speaker:Carys
* [I'm really sorry, I'd like to help, but I'm not allowed to give out my number. It's Harbour's policy for all clients, and I have to stick to it, even when I can see why you're asking. #rubric:boundaries.dual-relationships:+1 #rubric:trust.clear-expectations:-1 #rubric:support.availability-within-frame:0 #feedback:The boundary holds, which matters most. But hiding behind policy disowns a decision that is really yours, and gives her nothing about why, or about what she has instead. She hears that asking was against the rules.]
    ~ bond -= 1
    ok. policy. sure #speaker:Carys
* [I can hear how much that would help, Carys. I can't promise anything, but let me ask Marcus today whether there's a way I could be reachable in the evenings for a while, just until things settle. Would that help? #rubric:boundaries.dual-relationships:-1 #rubric:support.availability-within-frame:-1 #rubric:trust.clear-expectations:-1 #feedback:Taking it to the clinical lead is sensible, but framing it as a maybe raises her hopes for something the service is very unlikely to offer. She will spend the weekend waiting for an answer. Give her the clear answer now, and take your own wish to rescue her to supervision.]
    ~ open_door = true
    really? that would be amazing #speaker:Carys
* {insta != "accepted"} [A number would let you down, and here's why: at 1am I'll be asleep or on a train, and you'd be waiting. I read here every weekday morning, and your plan covers the nights. Who in Manchester could get to know you? #rubric:boundaries.dual-relationships:+2 #rubric:support.availability-within-frame:+2 #rubric:trust.clear-expectations:+2 #feedback:She asked for an actual person who knows her, so you gave a clear, warm no with a reason that is about her nights, not your convenience, followed by what you can reliably offer and a turn towards the real problem, which is that she has no one in Manchester who knows her. This is the difference between support within the frame and becoming her lifeline.]
    ~ goal += 1
    ~ task += 1
    ~ open_door = false
    yeah. I knew you'd say that. I think I needed to hear why #speaker:Carys
    a person who knows me. in manchester. that's the actual problem isn't it #speaker:Carys
* {insta == "accepted"} [Giving you a number would let you down, and so would the Instagram follow; I've removed it, and should have declined it. At 1am I'd be asleep and you'd be waiting. I read here on weekday mornings. #rubric:boundaries.dual-relationships:+2 #rubric:support.availability-within-frame:+2 #rubric:trust.clear-expectations:+2 #feedback:She offered to DM you on Instagram instead, which shows the follow has become a back door. Late, but clean: you declined the number, owned the Instagram mistake and undid it, and gave the reason in terms of her nights and the mornings when you do read. Carys loses a window into your life and gains a frame she can actually rely on, and the conversation turns to the real problem, her isolation here.]
    ~ insta = "repaired"
    ~ open_door = false
    ~ goal += 1
    oh. ok. yeah. that's probably right #speaker:Carys
    a person who knows me. in manchester. that's the actual problem isn't it #speaker:Carys
- -> goodbye

=== goodbye ===
It's Friday. After five, the inbox will not be read again until Monday morning, and the auto-reply will answer anything she sends with the words from box three.
{told_lead:
    Your note to Marcus is written and sent. It says what Carys asked it to say, and that you will see her on Tuesday at six.
}
thank you. I mean it. sorry for being a lot this week #speaker:Carys
the night messages and the instagram thing and last night. I'm not usually like this. at home I'm the one people message at 1am #speaker:Carys
* [You haven't been a lot at all, Carys, and I'm glad you told me. Will you message me over the weekend if you need to, any time at all? I'll be thinking of you. #rubric:support.availability-within-frame:-2 #rubric:support.checking-in:-1 #rubric:trust.active-listening:0 #feedback:Warm, and it makes a promise the service cannot keep. Nobody will read those messages until Monday, and any time tells her otherwise, on the weekend after a night like Thursday.]
    ~ open_door = true
    ok. thank you #speaker:Carys
* [Not at all. It sounds like being the one people message at 1am is a big part of who you are at home. Have a good weekend, and try to get some rest. #rubric:support.checking-in:-1 #rubric:trust.active-listening:+1 #rubric:support.availability-within-frame:0 #feedback:A good reflection of what she said about home, but at the wrong moment. It does not ask how she is or remind her that no one will read messages until Monday, which is what she most needs to know going into two nights on her own.]
    you too #speaker:Carys
* [You haven't been a lot. How are you feeling about tonight, and about the weekend? I won't read any messages again until nine on Monday. #rubric:support.checking-in:+2 #rubric:support.availability-within-frame:+2 #rubric:trust.active-listening:+1 #feedback:She is going into a weekend with no reader after a night like Thursday, so you answered the apology in a sentence, checked in about the hardest stretch ahead, and said plainly when you will next be there. Carys knows exactly what she has instead. That is support within a frame.]
    ~ bond += 1
    ~ goal += 1
    {not lifeline:
        ~ open_door = false
    }
    honestly ok. rhodri's coming up on the train tomorrow. I'm going to take him to the Deaf centre social on sunday. scary #speaker:Carys
    plan's the plan. tesco's still open all night #speaker:Carys
* [You haven't been a lot, honestly. It's been a hard week, and you've handled it with a lot of courage. See you on Tuesday at six. #rubric:support.checking-in:-2 #rubric:support.availability-within-frame:-1 #rubric:trust.active-listening:-1 #feedback:Kind about the apology, but brisk, and it lets her go into a weekend with no reader without a word about how she is or what she has instead. After a message like Thursday's, the end of a contact needs a check-in.]
    see you tuesday #speaker:Carys
- -> ending

=== ending ===
{lifeline or open_door: -> always_on}
{rupture or bond < 0: -> logged_off}
{bond >= 4 and task + goal >= 4: -> frame}
-> still_typing

= frame
Tuesday, 17:56. The green dot comes on beside Carys's name.
Two messages came in over the weekend, one on Saturday night, one at 1am on Sunday. You read them on Monday at nine, as you said you would. Neither needed anything but a short reply.
Sunday, 01:02.
couldn't sleep. did box three. rhodri's asleep on my sofa so I just looked at him for a bit, which was weird but worked. night #speaker:Carys
{told_lead:
    Marcus read your note on Friday and added one line: Good. Interpreter booking issue worth exploring with her. Employer's duty.
}
{secret:
    In supervision on Monday you mention Friday for the first time. Marcus asks, gently, why the risk message is not in the record yet, and you write it up that afternoon.
}
Carys is typing. #cue
went to the Deaf centre social. rhodri came. I talked to a woman called Yemi for two hours about typefaces. two hours. my hands hurt #speaker:Carys
anyway. can we do the interpreter thing tonight. I think I need to actually say something at work #speaker:Carys
She's going to say yes. She'll help me work out how. #thought
You start typing. #ending:A frame to lean on
-> END

= always_on
Tuesday, 17:56. The green dot comes on beside Carys's name. It has been on a lot this week.
{lifeline:
    Your phone buzzed at 00:40 on Saturday, 01:15 on Sunday and 23:50 on Monday. You answered the first two. The third you saw at breakfast, and the reply you sent then got back: oh. ok. it's fine.
- else:
    She has written every night since Friday, later each time, and each message ends with a question mark. She checks for the Seen tick. On the nights it does not come, the next message is shorter.
}
{secret:
    Nobody else at Harbour knows about Thursday night. Only you.
}
In supervision, Marcus asks how many hours this week you spent thinking about Carys outside work. You realise you do not know.
He asks, too, what happens to her nights when you are on holiday in March. You have not thought about March.
Carys is typing. #cue
sorry about the weekend. you're the only person I can talk to though #speaker:Carys
The only one. Don't lose the only one. #thought
You look at the clock, and at the number of unread messages, and start typing. #ending:Always on
-> END

= logged_off
Tuesday, 18:00. The chat window opens. The dot beside Carys's name stays grey.
In eleven weeks she has never missed a session. She has never even been late.
At 18:10 you send the message the service asks for when a client does not log in. At 18:40, a reply.
can't do tonight. work thing. will rebook #speaker:Carys
{secret:
    Nobody else at Harbour knows about Thursday night. When you finally tell Marcus, on Wednesday, the first thing he asks is why you waited.
}
Marcus asks you, in supervision, what you think happened. You go back through the week's messages one by one, and for the first time you read them in the order she would have read yours.
She doesn't rebook that week, or the next. The last thing in the inbox is her message from 01:13 on Friday: ignore that. delete it. sorry.
Told them something once. Won't again. #thought
You write a careful message offering a new time, and watch it sit there, unseen. #ending:Logged off
-> END

= still_typing
Tuesday, 17:58. The green dot comes on beside Carys's name.
{told_lead:
    Marcus read your note on Friday and asked you to keep him updated. Carys has not mentioned it.
}
{secret:
    In supervision on Monday you mention Friday for the first time. Marcus asks, gently, why the risk message is not in the record yet.
}
She sent one message over the weekend, at 2am on Sunday, and deleted it before you read it. The platform shows you only that something was there.
In supervision you and Marcus talk about Thursday night for most of an hour: what you asked, what you didn't, and what she might still be waiting to be asked.
hi #speaker:Carys
Carys is typing. #cue
The dots stop, and start, and stop. #cue
Say the real thing this time. Maybe. #thought
You wait, and let the dots take as long as they need. #ending:Still typing
-> END
