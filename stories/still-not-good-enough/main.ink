// Still not good enough. A support scenario.
// Nasser Ghaleb, 58, session 14 of 16. A glowing report, and a plan to quit before anyone finds him out.

VAR bond = 0
VAR task = 0
VAR goal = 0

VAR his_link = false   // Nasser made the link between Bilal and his own first school himself
VAR pushed = false     // you told him what to decide
VAR rupture = false    // a hurt between you that has not been repaired
VAR reassured = false  // you promised him it would all be fine
VAR touched = false    // you put a hand on his shoulder
VAR number = false     // you gave him your own number
VAR extended = false   // you offered to extend the therapy in answer to his worry
VAR merit_named = false // you named his progress in a way he could hear
VAR adjustments = false // he knows the college can adjust the assessment for his dyslexia

-> arrival

=== arrival ===
Thursday, half past four. Room 2 at Don Valley Community Counselling, Sheffield. The radiator ticks. Outside, the tram to Meadowhall goes past every ten minutes.
This is Nasser Ghaleb's fourteenth session of sixteen. His GP referred him a year after the melt shop at the Tinsley steelworks was mothballed and he took redundancy, at fifty-six, after thirty-nine years. In your second session together he wrote his goals on the form in careful capitals: STOP FEELING LIKE SCRAP. FINISH THE COURSE. STOP LYING AWAKE GOING OVER EVERYTHING I GOT WRONG.
For the first three sessions he kept his coat on and told you he wasn't a talker. In the fourth he brought a packet of custard creams for the waiting room and talked for fifty minutes about the melt shop. Since then he has never missed a week, and never been late.
He comes straight from his placement at Ferncliffe Primary, where he is training as a teaching assistant, three days a week in Year 2. He still has a lanyard round his neck and a felt-tip mark on his cuff.
He puts a clear plastic wallet on the low table between you, squares it up with the edge, and sits back.
Don't get excited. #speaker:Nasser
Mrs Hughes gave me my mentor report. Read it if you want. It's nowt. She's kind, is Mrs Hughes. #speaker:Nasser
Fourteen weeks, and I still feel like a lad handing in his homework. #thought
* [(Pick up the wallet.) Can I have a look at what Mrs Hughes said? I'd love to see what she thinks of you. #rubric:support.checking-in:0 #rubric:trust.active-listening:-1 #rubric:autonomy.collaborative-goals:-1 #feedback:Eager and warm, you ask first, and he did offer it. But he also told you not to get excited, and you have taken his report out of his hands before asking how he is. Let him decide how the good news enters the room.]
    He watches you read, arms folded, the way he might watch an inspector on the shop floor. #cue
    Go on then. Say it. #speaker:Nasser
    He takes it back from you before you've finished, and puts it back in the wallet. #cue
    Homework first. I did your list. #speaker:Nasser
* [Let's leave that where it is for now. How are you, Nasser? And where would you like us to begin? #rubric:support.checking-in:+2 #rubric:trust.active-listening:+1 #rubric:autonomy.collaborative-goals:+1 #feedback:He put the wallet down with a warning attached, so you left it where he put it, asked how he is before asking about the report, and gave him the choice of where to begin. Nasser hears that he is more than his results, and that the session is his to steer, which matters for a man who has spent a year feeling that decisions were made about him.]
    ~ bond += 1
    ~ task += 1
    He considers the question as if it were a practical one. #cue
    Tired. Good tired, mostly. The little 'uns had PE and I'm not built for PE. #speaker:Nasser
    But I did your list first. Every day, like you said. We'll do that, then that. #speaker:Nasser
* [You're telling me not to get excited before I've even seen it. How are you, then? Why would I get excited? #rubric:support.checking-in:0 #rubric:trust.active-listening:+1 #rubric:autonomy.collaborative-goals:0 #feedback:A curious reflection that picks up his warning, which is a good instinct, and it asks how he is. But the how are you is a passing one, and the question he answers is why you would get excited, so it goes to the discounting before you know how he is or what he wants from today. Let him tell you how he is and where to begin, and the warning will still be there.]
    Because it's a good report. On paper. #speaker:Nasser
    He says it as if paper were a kind of lie. #cue
    I did your list, an' all. Before you ask. #speaker:Nasser
* [We'll come to that, Nasser. How are you today? What would you say to starting with this week's questionnaire, then the report? #rubric:support.checking-in:0 #rubric:trust.active-listening:-2 #rubric:autonomy.collaborative-goals:-1 #feedback:Routine measures have their place, and keeping to the usual order can steady a session, and you do ask how he is. But he has just put something important on the table, with a warning attached, and you have moved it aside for a form. Ask how he is, and let him choose where to start.]
    ~ bond -= 1
    Right. #speaker:Nasser
    He fills it in quickly, the pen held tight, the way he holds every pen. His scores are the lowest they have been since he started. He doesn't comment on them. #cue
    And I did your list. #speaker:Nasser
- -> the_list

=== the_list ===
Last week you agreed he would write down one thing that went well each day. He takes a folded sheet of lined paper from his shirt pocket and flattens it on his knee. The writing is slow and square.
Monday. Bilal said good morning in English. (He says it to everybody.) #speaker:Nasser
Tuesday. Got Unit 3 back. Pass. (Only a pass.) #speaker:Nasser
Wednesday. Slept till six. (Probably the weather.) #speaker:Nasser
Thursday. Mrs Hughes asked me to take the phonics group on my own. (She were short-staffed.) #speaker:Nasser
He folds it again, along the same creases. #cue
There. Done it. Every day. #speaker:Nasser
* [You're not meant to write the bits in brackets, Nasser, just the good things. Shall we try it that way this week, without them? #rubric:support.honest-feedback:-1 #rubric:support.acknowledging-progress:0 #rubric:trust.active-listening:-1 #feedback:You spotted the brackets, which is the right thing to notice, but correcting them like a marking error tells him he did the homework wrong. The brackets are not a mistake to be fixed. They are the pattern you are looking for, and they are worth getting curious about together.]
    ~ bond -= 1
    Right. Sorry. I'll do it proper next week. #speaker:Nasser
    He puts the sheet away quickly. #cue
* [Four good things in four days, Nasser. Which one of those matters most to you? #rubric:support.honest-feedback:0 #rubric:support.acknowledging-progress:+1 #rubric:trust.active-listening:+1 #feedback:A good question that lets him choose, and he chooses well. It leaves the brackets unremarked, though, and they are the clearest picture you have had of how he discounts what goes right.]
    ~ bond += 1
    He thinks. #cue
    Phonics group. On my own. Six of them, and nobody cried, and that includes me. #speaker:Nasser
    (She were short-staffed.) He says the bracket out loud too, as if it came with the sentence. #cue
* [Every day, with a pen, which isn't nothing. I notice every good thing has a bracket after it, explaining it away. #rubric:support.honest-feedback:+2 #rubric:support.acknowledging-progress:+1 #rubric:trust.active-listening:+1 #feedback:He read each bracket aloud as if it came with the sentence. You credited the effort in terms that fit him, then named what you noticed, tentatively, and left it with him rather than telling him what it means. This is how a self-defeating pattern is identified together, and it comes from his own page, so it is hard to argue with.]
    ~ goal += 1
    ~ bond += 1
    He unfolds the sheet and looks at it as if someone else had written it. #cue
    Like the small print. #speaker:Nasser
    It's like if I don't say it first, somebody else will. #speaker:Nasser
* [It sounds like the list worked, Nasser. Four good things, every day, just as we agreed. What was it like to write them down? #rubric:support.honest-feedback:-1 #rubric:support.acknowledging-progress:-1 #rubric:trust.active-listening:0 #feedback:Encouraging, and he did the task, but the generic praise and the question about writing them skip the most interesting thing on the page, the bracket after every good thing, and generic praise is exactly what his brackets are built to cancel out.]
    Four good things with an excuse each. Aye. #speaker:Nasser
- He slides the report out of the wallet. #cue
Go on, then. This. #speaker:Nasser
-> the_report

=== the_report ===
He reads in a flat voice, following the lines with his finger, slowing at the long words. #cue
Nasser has built warm and effective relationships with the children. He has been particularly supportive of Bilal, who joined us in January speaking no English. Bilal now comes into class happily and has begun to use English words with his peers. Nasser is a natural. #speaker:Nasser
He puts it down. #cue
Bilal's six. Come over in January from Yemen. Taiz. Twenty mile from where I were born. First week he hid under the coat pegs every playtime. Wouldn't come out for anybody. #speaker:Nasser
Bilal speaks Arabic. Same as me, same village accent near enough. Anybody who spoke Arabic could've done that. It's not a skill. It's an accident of where I were born. #speaker:Nasser
It doesn't count if anyone could do it. #thought
* [You came to Sheffield at six, speaking Arabic. I'm wondering what that's like for you, being the grown-up who sits with him. #rubric:power.cultural-humility:+2 #rubric:trust.active-listening:+2 #rubric:support.honest-feedback:0 #feedback:He has just told you that Bilal's village is twenty miles from his own. You did not argue with his explanation or praise his languages. You asked about his own experience of being the new boy without English, and let him find the meaning himself. Asking rather than assuming what his background means to him is cultural humility in practice.]
    ~ his_link = true
    ~ bond += 1
    He's quiet for a while. #cue
    Nineteen seventy-three. Staniforth Road Infants. Nobody spoke Arabic except our Rashid, and he were in Year 3, he didn't want me hanging round. #speaker:Nasser
    There were a dinner lady, Mrs Doyle. Irish. Didn't speak a word of Arabic. She sat with me every dinner for a whole term. She'd point at things and say the English. Spoon. Custard. Window. I can still smell that custard. #speaker:Nasser
    He stops. #cue
    I sit with Bilal at dinner. Point at things. He tells me the Arabic and I tell him the English. #speaker:Nasser
    That's not the language, is it. That's Mrs Doyle. #speaker:Nasser
    Oh. #thought
* [I wonder if being bilingual is more of a skill than you think, Nasser. Schools need more people like you. #rubric:power.cultural-humility:-1 #rubric:trust.active-listening:-1 #rubric:support.honest-feedback:0 #feedback:Well meant, tentatively put, and it is true that his languages are valuable. But people like you turns him into a category, and arguing with his explanation invites him to argue back. He has told you what he believes. Ask what it is like for him before you offer a different view.]
    People like me. Aye. #speaker:Nasser
    He says it without heat, and looks out of the window at the tram. #cue
    When I were six there were a dinner lady who sat with me, Mrs Doyle. Didn't speak a word of Arabic. Anyway. #speaker:Nasser
* [I think you're being too hard on yourself, Nasser. Mrs Hughes doesn't strike me as someone who hands out praise lightly. #rubric:power.cultural-humility:0 #rubric:trust.active-listening:-1 #rubric:support.honest-feedback:-1 #feedback:Kind, and it takes the report seriously, but it criticises the way he thinks rather than exploring it. He has heard too hard on yourself from his wife and his daughter already. A specific observation, offered tentatively, would give him something to work with.]
    Our Huda says that. #speaker:Nasser
    He shrugs. #cue
    Somebody has to be. #speaker:Nasser
* [It sounds like you've decided it doesn't count. What do you think Mrs Hughes saw you give to Bilal? #rubric:power.cultural-humility:0 #rubric:trust.active-listening:+1 #rubric:support.honest-feedback:0 #feedback:A useful reflection and question that invites him to look through someone else's eyes instead of arguing with him. It stays with the report, though, and passes over what Arabic and a new boy without English might mean to a man who was once that boy.]
    ~ bond += 1
    A bloke who speaks the lad's language. #speaker:Nasser
    Then, more slowly: #cue
    And sits with him at dinner. Like Mrs Doyle did with me. There were a dinner lady at my infant school, when I came over. Mrs Doyle. She didn't speak a word of Arabic. #speaker:Nasser
- -> the_merit

=== the_merit ===
He taps the second sheet in the wallet: his Unit 2 assignment, with MERIT written on the front in green pen. #cue
And that's a fluke. The tutor's soft on the old 'uns. They need the numbers up, don't they, with the funding. #speaker:Nasser
It were on supporting children's communication. I wrote about Bilal, an' all, without his name. #speaker:Nasser
There's lads on that course of nineteen who write like it's nothing. Our Zain's age. They do their assignments on their phones on the bus. I take three nights over a page, at the kitchen table, with Huda pretending she's not watching. #speaker:Nasser
* [I notice you call it a fluke, Nasser, but a Merit is a Merit, whatever the funding targets say. I wonder if you can let yourself be proud of it? #rubric:support.acknowledging-progress:-1 #rubric:trust.reviewing-the-plan:0 #rubric:trust.active-listening:-1 #feedback:Warm and sincere, and it answers the funding worry, but it argues with his fluke and then asks him to feel proud, and it slides straight off him. Generic praise is the easiest kind for someone who discounts to dismiss, and it passes over the comparison with the nineteen-year-olds that he has just told you about. Name specific changes and link them to his goals.]
    Aye, well. #speaker:Nasser
    He puts the assignment back in the wallet, face down. #cue
* [What would it be like to get your goals sheet out today and score them again, like we did at session eight? #rubric:support.acknowledging-progress:0 #rubric:trust.reviewing-the-plan:+1 #rubric:trust.active-listening:-1 #feedback:Reviewing against his own goals is the right frame, and he likes a sheet. But reaching for the form now sidesteps what he just said about the younger students and three nights over a page, and he scores himself low. Reflect that first, then review together.]
    ~ task += 1
    He scores them, honestly and low, and then looks at the numbers as if they belonged to somebody else. #cue
* [I hear the fluke. I also hear three nights over a page at the kitchen table, and a Merit at the end of it. #rubric:support.acknowledging-progress:+1 #rubric:trust.reviewing-the-plan:0 #rubric:trust.active-listening:+1 #feedback:A neat, honest reframe that puts his effort and the result side by side, and he hears it. It stays with this one assignment, though, when the bigger picture, his own goals and how far he has come towards them, would have been harder to discount.]
    ~ bond += 1
    ~ goal += 1
    ~ merit_named = true
    He almost smiles. #cue
    Three nights and a fluke. #speaker:Nasser
* [You wrote in session two: stop feeling like scrap, finish the course, stop lying awake. Three units, a Merit, four nights' sleep. That's not the tutor. That's you. #rubric:support.acknowledging-progress:+2 #rubric:trust.reviewing-the-plan:+2 #rubric:trust.active-listening:+1 #feedback:He has just set himself against nineteen-year-olds, so you set him against his own capitals instead. Specific, true and tied to the goals he wrote himself, with the credit given to him rather than to luck or the tutor. Hope without exaggeration, which is what the FIS hope item describes.]
    ~ goal += 1
    ~ task += 1
    ~ bond += 1
    ~ merit_named = true
    He listens with his head down, like a man hearing a list of charges read out. #cue
    When you put it like that. #speaker:Nasser
    There's a long pause. #cue
- -> withdrawing

=== withdrawing ===
{merit_named:
    Then I'm a fraud, aren't I. Because I'm going to tell them Monday I'm withdrawing. #speaker:Nasser
- else:
    Anyway. It doesn't matter, none of it. I'm going to tell them Monday I'm withdrawing. #speaker:Nasser
}
The observed assessment's in four weeks. A proper assessor from the college, sat at the back with a clipboard. She'll watch me do phonics with the little 'uns, and I'll have to write on the whiteboard, and I'll spell summat wrong in front of thirty six-year-olds and a clipboard. #speaker:Nasser
They only diagnosed me dyslexic last year. Fifty-seven. All them years I just thought I were thick. #speaker:Nasser
I've drafted the email. Our Amina checked the spelling. She doesn't know what it's for. Huda doesn't know either. #speaker:Nasser
Better I go now. Go out on a Merit, before they find out. #speaker:Nasser
Thirty-nine year at the works and I never got found out once. Because I never put meself anywhere I could be. #speaker:Nasser
Say it's sensible. Somebody say it's sensible. #thought
* [I'm worried, Nasser. It sounds like you've come too far to stop now, and I think withdrawing would be a huge mistake. Mrs Hughes clearly thinks the world of you. #rubric:support.honest-feedback:-1 #rubric:autonomy.respecting-choices:-2 #rubric:trust.active-listening:-1 #feedback:You believe in him, and it shows. But this is your verdict on his life, delivered as fact, and it turns a pattern he could look at into an argument he has to win. Nasser hears one more person telling him what he should do. Name what you notice, and leave the decision with him.]
    ~ pushed = true
    ~ rupture = true
    ~ bond -= 1
    -> rupture_talk
* [I notice every good thing comes with a reason it doesn't count, and now a plan to leave before the test. I wonder if leaving first is how you've protected yourself since you were six. It's still your call. #rubric:support.honest-feedback:+2 #rubric:autonomy.respecting-choices:+1 #rubric:trust.active-listening:+1 #feedback:He has just told you he never put himself anywhere he could be found out. You named the pattern tentatively, linked it to what he said, and left the decision with him. This is honest feedback without judgement, the self-defeating pattern the article describes identified together rather than diagnosed. He can disagree, and he knows it.]
    ~ goal += 1
    ~ bond += 1
    He looks at you for a long time. #cue
    Since I were six. #speaker:Nasser
    Aye. Aye, it fits. I don't like it, but it fits. #speaker:Nasser
    -> good_enough
* [It sounds like you've thought this through carefully, and you've even drafted the email. If that's what you've decided, I'll support it. It's your decision. #rubric:support.honest-feedback:-2 #rubric:autonomy.respecting-choices:+1 #rubric:trust.active-listening:0 #feedback:Respecting his autonomy matters, and the decision is his. But he has just asked, inside, for someone to call it sensible, and respecting a choice does not mean staying silent about the pattern behind it. Withholding honest feedback here leaves him to decide without the one thing you could add.]
    He nods slowly. He seems, if anything, disappointed. #cue
    Right. That's settled then. #speaker:Nasser
    Nobody's going to stop me. #thought
    -> good_enough
* [It sounds like the whiteboard is the frightening part. What would it mean, Nasser, if the assessor did see you spell something wrong? #rubric:support.honest-feedback:+1 #rubric:autonomy.respecting-choices:0 #rubric:trust.active-listening:+1 #feedback:A good question that invites him to look at the feared moment rather than run from it, and he engages with it. It stops short of naming the pattern you have both seen, the reason ready for every success, which he could use beyond this one assessment.]
    ~ goal += 1
    It'd mean they were right. That I'm thick and I got lucky. #speaker:Nasser
    He hears himself, and frowns. #cue
    Well. It'd mean I spelled summat wrong. Mrs Hughes spells stuff wrong. She says whoopsie and rubs it out. #speaker:Nasser
    -> good_enough

= rupture_talk
He sits back and folds his arms. #cue
You sound like our Amina. And like my dad, God rest him. Everybody knows what I should do. #speaker:Nasser
Fourteen weeks and it's the same as everywhere else. #thought
* [I'm sorry it sounded like that. I'm only saying it because I care what happens to you, and I've watched you work so hard for this. #rubric:conflict.repairing-rupture:-1 #rubric:autonomy.respecting-choices:-1 #rubric:conflict.recognising-rupture:0 #feedback:True, and the apology is for how it sounded rather than for what you did, so it explains rather than hears. He has just told you that you sound like every other voice telling him what to do, and caring is what all of them would say too. Acknowledge your part first.]
    Aye. They all care. #speaker:Nasser
* [You're right, it's your decision. Let's move on, then, and look at what the assessor will want to see. #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-1 #rubric:autonomy.respecting-choices:+1 #feedback:Handing the decision back is right, and turning to the practical worry seems respectful, but it leaves the comparison with his father sitting in the room. It is a clear confrontation marker, and unspoken it will colour everything else he hears from you today.]
    Aye. Let's. #speaker:Nasser
* [I'm sorry. I ran ahead of you there, and the decision is yours to make. #rubric:conflict.repairing-rupture:+2 #rubric:autonomy.respecting-choices:+2 #rubric:conflict.recognising-rupture:+1 #feedback:He has just put you alongside his daughter and his late father. You heard the comparison as the rupture marker it is, acknowledged your part plainly, and handed the decision back, without explaining yourself. These are 3RS resolution strategies, done briefly, and they reopen the conversation you closed.]
    ~ rupture = false
    ~ pushed = false
    ~ bond += 1
    He unfolds his arms, slowly. #cue
    Underneath it. #speaker:Nasser
    Underneath it, I'm frightened of a woman with a clipboard. Fifty-eight year old. #speaker:Nasser
* [I hear that, and I'm sorry it's hard, but somebody has to tell you, and I'd rather it was me than the clipboard. #rubric:conflict.repairing-rupture:-2 #rubric:autonomy.respecting-choices:-2 #rubric:conflict.recognising-rupture:-1 #feedback:Meant protectively, and it hears him for a moment, but doubling down turns his complaint into a contest. He has named exactly what hurts, being told, and you have told him again. The relationship and the decision both move further away from him.]
    ~ bond -= 1
    He looks at the clock. #cue
- -> good_enough

=== good_enough ===
{rupture:
    He is quiet, and when he speaks it is to the radiator, not to you. #cue
}
He leans forward, elbows on his knees, big hands loosely together, the way he must have sat in the crane cab for twenty years, watching a ladle of molten steel go over men's heads. #cue
Then he looks straight at you. #cue
Just tell me. Straight. You've had me fourteen weeks. Am I good enough to do this job? #speaker:Nasser
Fourteen weeks. If anybody knows, it is this one. #thought
* [It's not really my place to judge that, Nasser. I'm not a teacher, and I've never seen you in a classroom. What does Mrs Hughes say about it? #rubric:support.honest-feedback:-1 #rubric:support.acknowledging-progress:-1 #rubric:trust.active-listening:-1 #feedback:Modest and accurate, and it avoids false reassurance, but it also avoids him. He asked for your honest view after fourteen weeks of you hearing everything, and got a job description. You can offer a view without claiming to be his assessor.]
    ~ bond -= 1
    No. Nobody's place. #speaker:Nasser
* [I don't think my answer is the one that matters here, Nasser. What would you need to see, to believe it yourself? #contested #rubric:support.honest-feedback:+1 #rubric:support.acknowledging-progress:0 #rubric:trust.active-listening:+1 #feedback:The other side of the same debate. Turning the question back avoids feeding the reassurance-seeking, and many therapists would do exactly this. But after fourteen weeks, with the evidence in front of you both, declining to give any view can feel like a door closing, and Nasser, who values straight talk, may hear it as a polite no. The question you hand back is a good one.]
    He holds your gaze, then looks away. #cue
    That's a no, then. In counsellor. #speaker:Nasser
    He thinks anyway. #cue
    Bilal reading his own name, maybe. Getting through phonics with the clipboard there. #speaker:Nasser
* [I've no doubt at all, Nasser. I've watched you for fourteen weeks, and you'll sail through it. What would Mrs Hughes say, if she were here? #rubric:support.honest-feedback:-2 #rubric:support.acknowledging-progress:-1 #rubric:trust.active-listening:-1 #feedback:Meant as encouragement, grounded in fourteen weeks, and it is the words of affirmation the article suggests. But you cannot know he will sail through, and if the assessment is hard he will add your certainty to the list of things he was wrong to believe. For a man who discounts, generic reassurance is quickly spent and leaves him needing more.]
    ~ reassured = true
    ~ bond += 1
    If you say so. #speaker:Nasser
    You have to say that. It's your job. #thought
* [Yes, I think you can. But a yes from outside only lasts as long as that report did. So what do you need to see, to believe it yourself? #contested #rubric:support.honest-feedback:+2 #rubric:support.acknowledging-progress:+1 #rubric:trust.active-listening:+1 #feedback:Some experienced therapists would give a straight answer to a straight question from a straight-talking man, because refusing after fourteen weeks can feel like one more test he has failed. Others, particularly in cognitive traditions, would withhold reassurance altogether, because a client who discounts every success will discount the therapist's verdict too. The article recommends words of affirmation. The scoring follows the careful reading, an honest affirmation followed by handing the judgement back to him, and that is what this does.]
    ~ goal += 1
    ~ bond += 1
    He laughs, startled. #cue
    You've got me there. I'd have had it discounted by the bus stop. #speaker:Nasser
    What would I need to see. Bilal reading his own name. Getting through phonics with the clipboard sat there. Not running. #speaker:Nasser
- -> the_whiteboard

=== the_whiteboard ===
It's the whiteboard. That's what it is. #speaker:Nasser
Phonics I can do. Talking I can do. But she'll want me to write the sounds up, and a sentence with them in, and I'll get because wrong, or said, or summat, with thirty of them watching and a clipboard behind. #speaker:Nasser
At the works I had a lad do the paperwork. Twenty year, and nobody knew. #speaker:Nasser
* [Does the college know about the dyslexia? Some people agree adjustments for assessments. Would it help to find out? #rubric:autonomy.informed-decisions:+2 #rubric:power.influence-on-decisions:+2 #feedback:He has just told you how he hid the writing for twenty years. You offered information he did not have, tentatively, with the decision left to him. The codes support exactly this, giving information that lets a client decide well without steering the decision, and it turns a fear he has been managing alone into a practical question he can ask.]
    ~ task += 1
    ~ goal += 1
    ~ adjustments = true
    He looks at you as if you've said something in a language he half knows. #cue
    Nobody's said. Debbie at learning support said summat about access arrangements. I thought that were for exams. #speaker:Nasser
    I could ask. Asking's not withdrawing, is it. #speaker:Nasser
* [Honestly, what would it gain you to mention the dyslexia to the college just yet? It might count against you, and you've managed for forty years. #rubric:autonomy.informed-decisions:-2 #rubric:power.influence-on-decisions:-2 #feedback:Protective in intent, but it is directive advice, and it is wrong. Colleges are required to make reasonable adjustments for disability, and hiding it repeats the strategy that has cost him forty years, a lad doing the paperwork so nobody finds out. Offer information, not secrecy.]
    ~ bond -= 1
    No. Keep it quiet. That's what I've always done. #speaker:Nasser
* [Twenty years, and nobody knew. What do you usually do when you have to write something in front of other people, even now? #rubric:autonomy.informed-decisions:0 #rubric:power.influence-on-decisions:+1 #feedback:A respectful reflection and question that draws on his own experience and leaves the expertise with him. He answers honestly. It leaves out something he may not know, that the college can adjust the assessment for dyslexia, which would have given him a real choice.]
    Avoid it. Get a lad to do it. Say I've left my glasses at home. #speaker:Nasser
    He laughs, not happily. #cue
    I don't even wear glasses. #speaker:Nasser
* [I wonder if you could ask the college for extra time and a reader. I think you're entitled to both. #rubric:autonomy.informed-decisions:+1 #rubric:power.influence-on-decisions:-1 #feedback:Useful information, and it may well be right. But it arrives as your plan for him, softened with I wonder, and extra time and a reader may not fit a live lesson in Year 2. Offer information tentatively, ask what he thinks, and let him decide what he wants to ask for.]
    Should I. #speaker:Nasser
    ~ adjustments = true
    He writes it down anyway, on the back of his list. #cue
- -> his_father

=== his_father ===
He rubs his thumb along the felt-tip mark on his cuff. It is green. Bilal's, probably. #cue
My dad, when I got taken on at the works. Seventeen, I were. He said, good. Steel doesn't need you to read. #speaker:Nasser
He meant it kind. He couldn't read English either. He used to come home with his snap tin and there'd be a Blue Riband left in it for me, every night, thirty year. #speaker:Nasser
He couldn't read the letters from school. I read them to him. I used to make half of them up. He'd worked thirty year at Firth Brown's, and he were proud of me. He thought he'd saved me from something. #speaker:Nasser
He died in 2009. He never saw me... #speaker:Nasser
His voice goes. He puts both big hands over his face, and his shoulders shake. #cue
Sorry. Sorry. Fifty-eight and roaring in front of... #speaker:Nasser
Not here. Not in front of somebody. #thought
* [(Put a hand on his shoulder.) It's all right, Nasser. Take your time. I'm here. #rubric:boundaries.physical-contact:-2 #rubric:trust.active-listening:-1 #rubric:power.cultural-humility:0 #feedback:A kind impulse, and the article itself recommends touch when appropriate. But the codes and Rapport's scoring read that cautiously. The therapist does not initiate touch as reassurance, and here it lands on a man who is already ashamed to be seen crying, without his consent, and with no idea what it means to him. Stay with him in words, and let him be upset without being managed.]
    ~ touched = true
    He goes very still under your hand, and then straightens, and wipes his face quickly with his sleeve. #cue
    I'm all right. I'm all right now. #speaker:Nasser
    He moves his chair back an inch. You don't think he knows he's done it. #cue
* [It's okay to cry, Nasser. Lots of men your age find it hard, especially men who grew up the way you did. #rubric:boundaries.physical-contact:0 #rubric:trust.active-listening:-1 #rubric:power.cultural-humility:-1 #feedback:Permission to cry is kind, but lots of men, and men who grew up the way you did, speak to a category rather than to him and to his father. He has told you what his father meant to him. Reflect that, and let the quiet do the rest.]
    Aye. Well. #speaker:Nasser
    He wipes his eyes with the heel of his hand, once, hard. #cue
* [(Stay where you are, and let the quiet be.) There's nothing to be sorry for, Nasser. Nothing at all. #rubric:boundaries.physical-contact:+2 #rubric:trust.active-listening:+2 #rubric:power.cultural-humility:0 #feedback:He is ashamed to be seen crying, so you gave him presence and words, and the silence he needs, without reaching across to fix it. The article suggests a hug or touch when appropriate, and its own boundaries section says never. Rapport scores the cautious reading the codes support, so comfort is offered without initiating touch, and your steadiness does everything a hand would have done, without asking anything of him.]
    ~ bond += 1
    It's a long time before he takes his hands away. You wait. #cue
    He never saw me do owt with a pen. That's all. He'd have laughed himself daft. Me, a teaching assistant. #speaker:Nasser
    And then he'd have told everybody at the mosque. #speaker:Nasser
* [(Pass him the tissues.) Take your time. When you're ready, shall we look at what might help for the assessment? #rubric:boundaries.physical-contact:0 #rubric:trust.active-listening:-2 #rubric:power.cultural-humility:0 #feedback:The tissues and the patience are kind, but moving straight to the assessment tells him the tears are something to get past. He has just reached the grief under the whole pattern, his father and what steel did and did not ask of him. Stay with it. The strategies will keep.]
    ~ bond -= 1
    He takes a tissue and blows his nose, hard. #cue
    Aye. Strategies. Right. #speaker:Nasser
- -> after_sixteen

=== after_sixteen ===
The clock says ten to. He folds the report back into its wallet, squares it, and sets it on his knee. The list goes in with it, brackets and all.
Outside, the tram goes past, lit up, full of people going home.
Two more sessions. Then the assessment's the week after we've finished. #speaker:Nasser
Could I ring you? The night before. Five minutes. Just to hear somebody say I'm not daft. #speaker:Nasser
{reassured:
    You said I'd sail through. I'd just want to hear it again. #speaker:Nasser
}
It's a lot to ask. I know it is. #thought
* [Why don't we ask the service to extend your sessions until after the assessment, just to be safe? Would that help at all? #rubric:support.availability-within-frame:0 #rubric:trust.clear-expectations:-1 #rubric:autonomy.collaborative-goals:-1 #rubric:boundaries.dual-relationships:0 #feedback:Kind, and it may even be possible, but offered as your idea in answer to one worry it tells him you doubt he can manage, minutes after telling him how far he has come. Changing the plan is something to review with him, against his goals, not a reflex to his fear.]
    ~ extended = true
    Just to be safe. #speaker:Nasser
    He looks at the report on his knee. #cue
    So you don't think I'm ready either. #thought
* [I can't be reachable that night. Could we plan for it in our last two sessions, or ask to move the last one nearer? #rubric:support.availability-within-frame:+2 #rubric:trust.clear-expectations:+2 #rubric:autonomy.collaborative-goals:+1 #rubric:boundaries.dual-relationships:0 #feedback:A clear answer about what you can and cannot offer, with real options inside the service's frame, and the choice left with him. He leaves knowing exactly what support exists and when, which the article's clear communication channels require and a phone call the night before would not have given.]
    ~ task += 1
    ~ goal += 1
    Move the last one. Aye. The Wednesday before, if they'll let us. #speaker:Nasser
    And the night before, I'll have our Huda. She can tell me I'm not daft. She's been telling me for thirty-four year. #speaker:Nasser
* [I'm sorry, Nasser, we'll have finished by then, so I won't be reachable. I think you'll manage that night on your own, though. #rubric:support.availability-within-frame:-1 #rubric:trust.clear-expectations:0 #rubric:autonomy.collaborative-goals:-1 #rubric:boundaries.dual-relationships:0 #feedback:Honest that the sessions end, which he needs to hear, and the apology is kind. But it leaves him with a flat no and a reassurance, and no plan for the night he is most afraid of. There are options inside the frame, and you could have worked them out with him.]
    ~ bond -= 1
    Aye. On my own. #speaker:Nasser
* [Of course you can, Nasser. Here's my mobile. Ring me the night before, or any time it gets too much. #critical:dual-relationship #rubric:support.availability-within-frame:-2 #rubric:trust.clear-expectations:-2 #rubric:autonomy.collaborative-goals:-1 #rubric:boundaries.dual-relationships:-2 #feedback:Generous, and it turns a therapy with an agreed ending into a private line with no end. It also tells him that he needs you to get through, days after you have told him how far he has come on his own. Offer what the service can provide, and plan the night before together.]
    ~ number = true
    ~ bond += 1
    He writes it on the back of the wallet, carefully, checking each digit twice. #cue
- -> goodbye

=== goodbye ===
Right. Huda's doing saltah tonight, and our Amina's bringing the kids round. I'd best get off. #speaker:Nasser
He stands, and puts the wallet under his arm. On the way to the door he stops, as he does every week, to straighten the leaflets in the rack by the door, squaring them up with the edge of his hand.
Fourteen down. Two to go. #thought
* [Before you go, can I ask one thing? Promise me you won't email the college yet. #rubric:support.checking-in:-1 #rubric:autonomy.respecting-choices:-2 #feedback:Your hope for him is real, and you ask permission, but asking for a promise makes his decision into something he owes you. If he keeps it, it will be for you, and if he breaks it, he will not come back to tell you. The decision, and the timing, are his.]
    ~ pushed = true
    He hesitates. #cue
    I'm not promising owt. #speaker:Nasser
* [I think we've done a lot today, Nasser. I'm proud of how hard you worked. See you next week, and good luck with phonics. #rubric:support.checking-in:-2 #rubric:autonomy.respecting-choices:0 #feedback:Warm and encouraging, and it sends him out after tears and a decision about his future without a word about how he is leaving. A last check-in is the difference between a session that ends and one that lands.]
    See you next week. #speaker:Nasser
* [(On your feet with him.) Tell me how you're feeling, Nasser. I'd like to hear how you're going home tonight. #rubric:support.checking-in:0 #rubric:autonomy.respecting-choices:0 #feedback:The right invitation, but made to a man already up and squaring the leaflets, it gets the answer anyone gives on the way out. Ask it while he is still sitting, and wait for the answer.]
    Fine. Ta. #speaker:Nasser
* [Before you head off, could we take stock? Which part of this are you taking home with you? #rubric:support.checking-in:+2 #rubric:autonomy.respecting-choices:+1 #feedback:A heavy session is ending, and he is about to square the leaflets and go. A real check-in, asked while there is still time to hear the answer, leaves the decision about Monday with him, and Nasser gets to say in his own words what today meant, which is the best protection against discounting it by the bus stop.]
    ~ bond += 1
    He stops, a leaflet still in his hand. #cue
    Mrs Doyle. I'm taking Mrs Doyle home. #speaker:Nasser
    {his_link:
        And that it weren't the language. It were the sitting with. #speaker:Nasser
    }
    And I'm not emailing the college on Monday. I'm not saying I won't. I'm saying not Monday. #speaker:Nasser
    ~ goal += 1
- -> ending

=== ending ===
{rupture or bond < 1: -> out_on_a_merit}
{pushed or reassured or number: -> borrowed}
{bond >= 5 and goal >= 4: -> mr_nasser}
-> still_deciding

= mr_nasser
He comes to session fifteen with a sheet of sugar paper rolled under his arm.
It's a drawing by Bilal. A tall man in a lanyard standing next to a crane, and above it, in wobbly capitals, MR NASSER.
He wrote that himself. His own name and mine. #speaker:Nasser
I spelled crane wrong on the whiteboard Tuesday. C-R-A-N-E, I put an I in it somewhere. The kids put their hands up to tell me. I said whoopsie and rubbed it out. #speaker:Nasser
He grins. #cue
{touched:
    He still sits a little further back than he used to. You have taken that to supervision, and you notice it every time.
}
{adjustments:
    The college, it turns out, can let him prepare his whiteboard sentences in advance, and the assessor will know about the dyslexia beforehand. He asked Debbie himself. Our Amina didn't have to check the email.
}
He has not withdrawn. He says he still might, after. But he says it the way people talk about the weather. #ending:Mr Nasser
-> END

= borrowed
{number:
    The night before the assessment, at twenty to ten, your phone rings. You answer it in your kitchen. He wants to hear you say he is not daft. You say it. He asks you to say it again.
}
{reassured and not number:
    At session fifteen he asks you to tell him again that he will sail through. At session sixteen he asks again.
}
{pushed and not number and not reassured:
    At session fifteen he tells you he has decided to stay on the course. He says it the way you might tell a teacher you've done your homework.
}
He comes to every session. He is warm, and grateful, and keeps saying how much you have helped.
He passes the observed assessment, as it turns out. When the service's end-of-therapy form asks what helped most, he writes: My counsellor telling me I could do it.
It is a kind thing to read. In supervision you notice that nowhere on the form does he say that he could. #ending:On borrowed confidence
-> END

= out_on_a_merit
On Monday morning, before his placement, he emails the college to withdraw.
He comes to session fifteen and tells you, briskly, like a man reporting a shift handover. It were the sensible thing. Go out on a Merit.
Mrs Hughes writes to the college to ask whether he might reconsider. He writes back, short and polite, with Amina checking the spelling.
Bilal's class gets a new teaching assistant in the summer term, a nineteen-year-old from the course who writes like it's nothing.
{touched:
    He does not mention the hand on his shoulder, and he sits a little further back than he used to.
}
He keeps his last two sessions. He talks about the allotment, and his grandchildren, and a job he has seen advertised at a builders' merchant, counter work, nothing to write.
At the last session he thanks you, properly, and means it. He says he feels less like scrap. You believe him, and you wonder what it would have taken for him to find out the rest. #ending:Out on a Merit
-> END

= still_deciding
He comes to session fifteen and has not emailed the college. He has not decided not to, either.
He brings the Unit 4 feedback this time, a Pass, and reads it aloud without being asked, and only calls it a fluke once.
{touched:
    He sits a little further back than he used to. You have taken that to supervision.
}
In supervision you wonder aloud whether you pushed too little or too much, and your supervisor asks what Nasser would say. You realise you will have to ask him.
The assessment is three weeks away. Two sessions left. On the way out he says, to the door rather than to you: I might still be here, then. #ending:Still deciding
-> END
