// Small wins. A support-and-encouragement scenario, by video.
// Tom Wiśniewski, 29, session 8 of 12. He has met two of his three goals, and calls it a fluke.
// Points: opening, the meeting, the practising, Zosia, what you saw, "just say I'm doing great",
// Monday, "can I message you", and what happens on a bad day.

VAR bond = 0
VAR task = 0
VAR goal = 0

VAR opened = ""         // checkin, cheer, agenda, feeling
VAR argued = false      // the trainee argued with "fluke" instead of hearing it
VAR pattern = false     // the discounting pattern was named, and Tom recognised it
VAR private = false     // he moved somewhere he can talk freely once his family came home
VAR saw_it = false      // the trainee named what they saw him do with Zosia
VAR reassured = ""      // specific, plain, withheld, promise
VAR own_measure = false // Tom has his own measure of a good-enough Monday
VAR contact = ""        // frame, personal, always, rule, bent
VAR plan = false        // a bad-day plan he made himself

-> arrival

=== arrival ===
Thursday, ten past three. You are at your desk at the service with a headset on, and the video window opens onto a kitchen in Northampton: a fridge covered in a four-year-old's paintings, a hi-vis vest over the back of a chair.
This is Tom Wiśniewski's eighth session of the twelve you agreed. He has come straight from the early shift at the distribution centre and is still in his work polo, the team leader's lanyard tucked into the top pocket.
In session two he gave you three goals, and you wrote them down in his words. Do the start-of-shift brief without my phone in my hand. Say one thing in the Thursday team leaders' meeting. Get my Sundays back.
Your notes from the last three sessions say much the same thing each week. Did the brief without the phone, again. Sunday night still bad.
Can you hear me? Yeah? Sound. #speaker:Tom
He moves the laptop so that his face is in the middle of the screen, then moves it back again. There is a mug of tea beside it that he does not touch for the whole hour. #cue
So. Good week. I suppose. #speaker:Tom
He says it the way you might read out a delivery note. #cue
Thursday. Monday. Seventy people. #thought
* [A good week? That's brilliant, Tom, I can't wait to hear. Go on, what happened? Tell me everything. #rubric:support.checking-in:-1 #rubric:autonomy.collaborative-goals:0 #rubric:trust.active-listening:-1 #rubric:support.acknowledging-progress:-1 #feedback:Warm, and he will feel your goodwill. But you have celebrated before hearing anything, and his flat voice says the good week is not simple for him. Now he has to live up to your excitement or disappoint you. Check in first, then name what actually happened, once you know.]
    ~ opened = "cheer"
    Everything. Right. #speaker:Tom
    He rubs the back of his neck. #cue
    Now I've got to live up to fantastic. #thought
* [Good week, you suppose. How are you doing today, Tom, and what would you like to use the hour for? #rubric:support.checking-in:+2 #rubric:autonomy.collaborative-goals:+2 #rubric:trust.active-listening:+1 #rubric:support.acknowledging-progress:0 #feedback:You gave him back his own I suppose, checked how he is, and offered him the shape of the hour. Tom notices that his flatness was heard rather than talked over, and he has something on his mind he can now bring first. A supervisor would see a check-in that waits for the answer, and an agenda set together, which is the task agreement the Working Alliance Inventory looks for.]
    ~ opened = "checkin"
    ~ bond += 1
    ~ task += 1
    He half laughs. #cue
    Sure is a strong word. I'm all right. Knackered. #speaker:Tom
    I want to tell you about last Thursday. And Monday. Mostly Monday, if I'm honest. #speaker:Tom
* [Last week we agreed to start with the Sunday dread today, since that's the goal still open. Shall we pick that up first? #rubric:autonomy.collaborative-goals:-1 #rubric:support.checking-in:-1 #rubric:trust.active-listening:-1 #rubric:support.acknowledging-progress:0 #feedback:Following through on last week's plan is organised, and his Sundays do matter to him. But you have set today's agenda without asking, and stepped past the hesitation in I suppose. Tom is too polite to say he came wanting to talk about something else, so he has to work up to it.]
    ~ opened = "agenda"
    ~ task -= 1
    Yeah. Sundays. We can do Sundays. #speaker:Tom
    He looks off to one side of the screen. #cue
    Actually, can I tell you about Thursday first? Last Thursday. It's sort of on my mind. #speaker:Tom
    There was a plan. I've gone and wrecked the plan. #thought
* [How are you feeling today, Tom, coming straight off the early shift? You must be shattered. #rubric:support.checking-in:+1 #rubric:autonomy.collaborative-goals:0 #rubric:trust.active-listening:0 #rubric:support.acknowledging-progress:0 #feedback:A real check-in, and Tom answers it honestly. It reads his tiredness rather than the flat I suppose that had already told you something, though, and it leaves the shape of the hour to chance, where asking how he wants to use it would have settled that too.]
    ~ opened = "feeling"
    ~ bond += 1
    Honestly? Bit sick. Which is stupid, because it went well. It's like waiting for the other shoe to drop. #speaker:Tom
    Can I tell you about last Thursday? #speaker:Tom
- -> meeting

=== meeting ===
There's the stretch wrapper on dock four. The guard on it's been dodgy for weeks. Last Wednesday one of my lads, Kieran, nearly had his sleeve in it. Eighteen, first job, hoodie under his vest when he's not meant to. He laughed it off, but he went white. #speaker:Tom
Everyone knows about that guard. Nobody says anything, because it's always been like that. #speaker:Tom
Thursday, Dave does his round the table at the end of the meeting. Anything else? And normally I say no, all good, and I look at my coffee. #speaker:Tom
And I said it. The guard on dock four. Kieran's sleeve. I'd like it checked every shift, not every week. #speaker:Tom
He stops, as if the meeting might react all over again. #cue
And Dave goes, good shout, Tom. Just like that. Changed the check sheet there and then. Then he goes, you can present it at the all-site safety brief on Monday. Six a.m. The whole morning shift. Seventy-odd people in goods-in, with the mic. #speaker:Tom
Goods-in echoes. You can hear the reach trucks beeping while you talk. And the mic cuts out if you hold it wrong, so everyone's looking at you while you sort it. #speaker:Tom
He breathes out hard through his nose. #cue
But it was a fluke. Dave was in a good mood, he'd just had his bonus. And anyone would have said it. It's safety. You have to. #speaker:Tom
And I still spent Sunday night feeling sick. So. Not exactly cured, am I. #speaker:Tom
{opened == "cheer":
    He glances at you as if checking whether that is enough to count as fantastic. #cue
}
If it was a fluke, Monday's when they all find out. #thought
* [It sounds like it's Monday that's really on your mind, more than Thursday. Is that the part that's keeping you up at night? #rubric:trust.active-listening:+1 #rubric:support.acknowledging-progress:-1 #rubric:support.honest-feedback:0 #feedback:Good ears. You heard the fear underneath the fluke, and Tom feels understood. But you went straight past what he actually did on Thursday, the thing he chose as a goal six weeks ago, and his progress goes unremarked at the moment he most needs it counted.]
    ~ bond += 1
    Yeah. #speaker:Tom
    A long breath. #cue
    Yeah, it is. Because if Thursday was a fluke, Monday's when everyone finds out. #speaker:Tom
    Seventy people. I've never said anything to seventy people. #speaker:Tom
* [Let's not get ahead of ourselves. One good meeting is a real start, and your Sundays are still hard, so there's work to do. #rubric:support.acknowledging-progress:-2 #rubric:support.honest-feedback:-1 #rubric:trust.active-listening:-1 #feedback:Cautious, and you did not want to overpraise. But this agrees with his discount and adds yours to it. Tom set three goals and has met two of them, and hearing his therapist call it just a start confirms that nothing he does will count. Honest feedback does not understate progress any more than it overstates it.]
    ~ goal -= 1
    ~ bond -= 1
    No. Yeah. Exactly. #speaker:Tom
    He nods, too quickly. #cue
    Even in here. Don't praise the day before sunset. #thought
* [It wasn't a fluke, Tom. You did that, not Dave's bonus, and Kieran's sleeve is safer for it. You should be really proud of yourself. #rubric:support.acknowledging-progress:+1 #rubric:support.honest-feedback:0 #rubric:trust.active-listening:-1 #feedback:True, warmly meant, and he will remember you said it. But you have argued with his word instead of hearing it, and proud is a feeling you have told him to have. He can only agree or defend the fluke, and people defending a belief tend to hold it tighter. Naming what he did, against the goal he chose, would carry more weight than the verdict.]
    ~ argued = true
    Yeah. Maybe. #speaker:Tom
    He smiles politely. #cue
    You have to say that, though. It's your job. #speaker:Tom
    Proud. Dad would laugh. #thought
* [That was one of your three goals, word for word, and you did it, and the check sheet changed. Sundays are still hard. I'm curious about "fluke", though. #rubric:support.acknowledging-progress:+2 #rubric:support.honest-feedback:+2 #rubric:trust.active-listening:+2 #feedback:You linked the change to the goal Tom chose, and credited it to him, without pretending the Sunday goal is met. Then you got curious about the discount instead of arguing with it. A supervisor would see hope without exaggeration, the FIS hope item, and an honest account of the whole picture.]
    ~ bond += 1
    ~ goal += 1
    Said it. Yeah. #speaker:Tom
    He looks up at the ceiling, and back. #cue
    Fluke's the right word, though. You don't know how many times I haven't said stuff. #speaker:Tom
    One out of about a hundred. That's a fluke. #thought
- -> practice

=== practice ===
And the thing is, I practised it. In the car park, forty minutes before the meeting. Out loud. The guard on dock four. Over and over, like an idiot. Kieran walked past the car twice and I pretended I was on the phone. #speaker:Tom
Normal people don't practise one sentence. If you have to practise, it isn't real. It's just acting confident. #speaker:Tom
He picks at the lanyard in his pocket. #cue
My dad's got this saying. Nie chwal dnia przed zachodem słońca. Don't praise the day before the sunset. He said it when I passed my driving test. He said it when I got team leader. #speaker:Tom
{argued:
    So when you say proud, I sort of hear him going, careful, Tomek. #speaker:Tom
}
Forty minutes in a car park. For one sentence. #thought
* [Dave's bonus. Anyone would have. You practised. Every time it goes well, there's a reason it doesn't count. Is that the sunset? #rubric:support.honest-feedback:+2 #rubric:trust.active-listening:+2 #rubric:power.cultural-humility:+1 #feedback:You named the self-defeating pattern tentatively, with his own examples and his father's words, and asked whether it fits, which is what the article means by working with the client to identify such patterns. Tom is free to say you are wrong. A supervisor would notice that the proverb is used as his, not diagnosed as a problem in his family.]
    ~ pattern = true
    ~ task += 1
    ~ bond += 1
    He is quiet for a moment. Then he laughs, properly, for the first time this session. #cue
    Gemma says that. Not the sunset bit. She says I've always got a reason. #speaker:Tom
    It's not that Dad's harsh, you know. My babcia used to say it too. It's more that you don't jinx it. If you say it went well, it won't next time. #speaker:Tom
    So if I say Thursday counted, Monday goes wrong. That's the deal. #thought
    Bit mad when you say it out loud. #speaker:Tom
* [Practising isn't cheating, though, Tom. Everyone who speaks well practises, newsreaders, teachers, all of them. Why would it count for less? #rubric:support.honest-feedback:+1 #rubric:trust.active-listening:-1 #rubric:power.cultural-humility:0 #feedback:Accurate, and useful information. But it corrects Tom before he feels heard, and it answers one reason while the pattern of reasons stays out of sight. He will accept the point and have found a new reason by Monday.]
    Yeah, but they're paid to. #speaker:Tom
    He shrugs. #cue
    Fair enough, though. I'll give you that. #speaker:Tom
    He looks as if he is filing it somewhere he won't look again. #cue
    Good argument. Doesn't feel any different. #thought
* [Your dad sounds quite critical, never praising the day before the sunset. Do you think that's where the not-counting comes from? #rubric:power.cultural-humility:-2 #rubric:trust.active-listening:-1 #rubric:support.honest-feedback:-1 #feedback:A reasonable hypothesis in the abstract, but you have decided what the proverb means before asking him. In many Polish families it is caution, even a way of keeping luck, said with love. Tom hears his father being judged, and he will defend him instead of looking at the pattern. Ask what the saying means to him first.]
    ~ bond -= 1
    No, he's not like that. #speaker:Tom
    It comes out sharper than he meant. #cue
    He's careful, that's all. It's a saying. Everyone's babcia says it. #speaker:Tom
    He folds his arms. #cue
    Now I've made Dad sound bad. #thought
* [You're being really hard on yourself, Tom. You practised because it mattered to you, and then you did it. That counts. #rubric:support.honest-feedback:0 #rubric:trust.active-listening:-1 #rubric:power.cultural-humility:0 #feedback:Kind, and probably true, but it is a verdict, not an observation, and it could be said to anyone. Tom cannot do much with it except agree. Naming the particular pattern, in his own examples, and asking whether it fits would give him something to look at.]
    Yeah, Gemma says that. #speaker:Tom
    A small shrug. #cue
    Doesn't stop me, though. #speaker:Tom
    Hard on myself is how I get through the door. #thought
- -> zosia

=== zosia ===
Before you can say anything else, a door bangs somewhere off screen. Rain, a small voice, running feet.
Tata! Tata, look! #speaker:Zosia
A four-year-old in a wet yellow raincoat arrives at the edge of the picture, holding a sheet of paper above her head. Tom's face changes completely.
He turns away from the laptop and crouches to her height, so that all you can see is his shoulder and the top of her hood. #cue
Zosiu, kochanie. Piękny rysunek. Is that me? #speaker:Tom
It's you doing the talking! To everybody! #speaker:Zosia
She pushes the paper at the camera. A stick man in a yellow vest with an enormous open mouth, and rows and rows of tiny stick people.
That's brilliant. Pokaż mamie, dobrze? Tata zaraz przyjdzie. Two minutes, OK? #speaker:Tom
Sorry! Sorry! It started chucking it down! #speaker:Gemma
A hand in a nurse's fleece steers Zosia out of the picture, still talking. Through the closing door you hear her telling her mum that Tata is on the computer with the lady, or the man, she isn't sure which. A door closes. Tom sits back down, red to the ears.
God. Sorry. That's so unprofessional. #speaker:Tom
They're back early. Gemma's in the front room with her now. #speaker:Tom
He glances over his shoulder at the kitchen door. #cue
Great. Now you've seen the whole circus. #thought
* [Oh, she's gorgeous, and what a drawing! Is that you at work? She's clearly very proud of her tata. #rubric:support.checking-in:-1 #rubric:trust.active-listening:-1 #rubric:boundaries.confidentiality:0 #rubric:conflict.time-and-space:0 #feedback:Natural and friendly, and parents often like their child being noticed. But Tom has just apologised and called himself unprofessional, and chatting about Zosia skips both his embarrassment and the question of who can hear him now. Check in with him first. The drawing may well come back into the conversation, and it matters.]
    Er, me. At work, apparently. Doing the brief. #speaker:Tom
    He laughs awkwardly and looks at the door again. Through it, faintly, Zosia is explaining the drawing to her mum. #cue
    Now you're being nice about my kid. Lovely. #thought
* [(Carry straight on.) No harm done. So, you were saying about your dad and the sunset, and how it works in your family? #rubric:support.checking-in:-2 #rubric:boundaries.confidentiality:-1 #rubric:trust.active-listening:-1 #rubric:conflict.time-and-space:-1 #feedback:Getting back on track can feel like respecting his time, but it gives him no moment to land. Tom is flustered and his partner is now within earshot of a conversation about his father and his fears. On video you cannot see who is in the room, so you have to ask. A check costs ten seconds and tells him his privacy matters to you as well.]
    ~ bond -= 1
    Right. Yeah. #speaker:Tom
    He lowers his voice and keeps glancing at the door. #cue
    Keep it down. Gemma doesn't need to hear me going on about Dad. #thought
* [No need to apologise. They're home now. Can you still talk freely there, or would you rather move somewhere private? #rubric:support.checking-in:+2 #rubric:boundaries.confidentiality:+2 #rubric:trust.active-listening:+1 #rubric:conflict.time-and-space:+1 #feedback:You normalised the interruption, gave him a moment, checked how he was, and raised privacy without making it his fault. On video you cannot close the door for him, so asking who can hear is part of keeping what he says confidential. Tom decides where he talks, and says more once he has.]
    ~ private = true
    ~ bond += 1
    Yeah. Hang on. #speaker:Tom
    The picture swings past a ceiling light and a stair gate and settles on a bedroom wall with a framed Lech Poznań shirt. He puts his earbuds in and sits on the end of the bed.
    Better. Cheers. #speaker:Tom
* [Don't worry at all, that's video at home. Do you want to call it a day and rebook, now it's busy there? #rubric:support.checking-in:+1 #rubric:conflict.time-and-space:-1 #rubric:boundaries.confidentiality:0 #rubric:trust.active-listening:0 #feedback:You noticed the disruption and offered him a choice, which is considerate. But offering to end the session at the first interruption tells Tom the hour is fragile, and he hears that he has spoiled it. A simple check on how he is, and on whether he can talk privately, keeps both the session and the care.]
    ~ private = true
    No! God, no. It's fine. I'll go upstairs. #speaker:Tom
    The picture swings past a ceiling light and a stair gate and settles on a bedroom wall with a framed Lech Poznań shirt.
    Nice one, Tom. Nearly lost the session over a drawing. #thought
- -> after_zosia

=== after_zosia ===
Anyway. See? That's me. Can't even do a video call without it going wrong. #speaker:Tom
And she's drawn me with this massive gob because I've been practising Monday in the kitchen. She thinks I'm famous. #speaker:Tom
He rubs his face with both hands. #cue
I just hope she never sees the real one. #speaker:Tom
The real one reads off his phone and sweats through his vest. #thought
* [Kids, eh? I've had exactly the same happen on work calls at home. They always know the worst moment to come in. #rubric:boundaries.self-disclosure:-1 #rubric:trust.active-listening:-1 #rubric:support.acknowledging-progress:-1 #rubric:support.honest-feedback:0 #feedback:Friendly, and meant to put him at ease, but it turns the moment towards your life, and Tom, relieved to have the spotlight off him, follows it there. It also misses the drawing and the real one entirely. A sentence of self-disclosure needs to do something for the client, and then hand the hour back.]
    Oh yeah? How old are yours? #speaker:Tom
    He looks interested, and relieved. You answer in a sentence, and it takes another minute to find the way back.
    Easier talking about yours. #thought
    Anyway. It's not kids I'm scared of. #speaker:Tom
* [What do you mean, the real one? It sounds like there's a version of you at work, the one with the phone, that you'd rather she never met. #rubric:trust.active-listening:+1 #rubric:support.acknowledging-progress:0 #rubric:support.honest-feedback:0 #rubric:boundaries.self-disclosure:0 #feedback:A good reflection of the phrase that carried the most, and it opens up what he is afraid of. But Zosia's drawing has just handed the session a piece of evidence, something he does at home that she sees, and it passes without being named as his.]
    The one at work. The one who used to read it all off his phone with his head down, so nobody could see his face go red. #speaker:Tom
    She's only seen the kitchen version. The kitchen version's easy. #speaker:Tom
    He shrugs, as if that settles it. #cue
* [It didn't go wrong at all, Tom. These things happen to everyone on video, and honestly, it was lovely to meet her. #rubric:support.honest-feedback:+1 #rubric:trust.active-listening:-1 #rubric:support.acknowledging-progress:0 #rubric:boundaries.self-disclosure:0 #feedback:True and normalising, and his embarrassment eases a little. But it answers the call going wrong, and misses both the drawing and the real one he hopes she never sees. The more important thing in what he said goes unheard.]
    Yeah. Suppose. #speaker:Tom
    He glances down at the drawing, which is lying face down on the table now. #cue
    It's not the call, really. #speaker:Tom
* [Can I say what I just saw? You got down to her height, talked to her in two languages, and sent her off with a job. #rubric:support.acknowledging-progress:+2 #rubric:support.honest-feedback:+1 #rubric:trust.active-listening:+1 #rubric:boundaries.self-disclosure:0 #feedback:You asked before offering an observation, and named concrete things you had both just witnessed. Tom cannot call it a fluke, because you both saw it. A supervisor would say the interruption became the most vivid evidence of the hour, and that you credited it to him.]
    ~ saw_it = true
    ~ goal += 1
    ~ bond += 1
    He looks at the screen for a long moment. #cue
    Sent her off with a job. Yeah. I did, didn't I. #speaker:Tom
    That's different, though. That's Zosia. #speaker:Tom
- -> school

=== school ===
It's adults. English adults, if I'm honest. #speaker:Tom
We came over when I was nine. Year 5, in Kingsthorpe. Second week, the teacher had me read out loud. The three little pigs, or something. And I said tree. Tree little pigs. #speaker:Tom
And that was it. Polish Tom, tree little pigs, right up until I left primary. #speaker:Tom
Mum used to sit me at the kitchen table after school. Three. Thirty-three. Thursday. Tongue between your teeth, Tomek. She was trying to help. #speaker:Tom
He laughs, but his eyes don't. #cue
I haven't said tree for about twenty years. Gemma says nobody can hear anything. But when I'm nervous I can hear it. I'm listening for it the whole time I'm talking. #speaker:Tom
And Monday's got a three in it. Three checks a shift. I've been practising the th in the car like a kid. #speaker:Tom
Gemma caught me at it on Tuesday. She didn't laugh. She just said, you know you sound like you, right? And I thought, yeah. That's the problem. #speaker:Tom
{not private:
    He glances at the door again and drops his voice even lower. #cue
}
{argued:
    Look. I know I said you have to say it. Say it anyway. #speaker:Tom
- else:
    Look. Can you just tell me I'm doing great? Just say it. I know you're probably not meant to. #speaker:Tom
}
I just want to hear somebody say it before Monday. #speaker:Tom
Dad won't. Gemma does, but Gemma has to. #thought
* [You're doing great, Tom. I mean it, and not just because you asked. Would I really say it if I didn't think so? #contested #rubric:support.acknowledging-progress:+1 #rubric:support.honest-feedback:+1 #rubric:boundaries.physical-contact:0 #rubric:trust.active-listening:0 #feedback:He asked directly, and after seven weeks of evidence it is true, so many experienced therapists would simply say yes, and argue that refusing a plain request for warmth repeats the praise he never got at home. Others would hold back, because in social anxiety reassurance-seeking works like a safety behaviour, calming him for an hour and teaching him that the verdict lives with you. The support rubric scores generic praise below specific acknowledgement, so this sits in the middle. Saying why you think so would lift it.]
    ~ reassured = "plain"
    ~ bond += 1
    A quick breath out. #cue
    Cheers. #speaker:Tom
    He smiles, and then half laughs. #cue
    Can you say it in my ear on Monday? #speaker:Tom
    Nice. Lasts till the car park, probably. #thought
* [Still listening for it, twenty years on. Yes, you're doing well: three weeks of briefs without your phone, and Thursday. If you were the judge, what would you say? #rubric:support.acknowledging-progress:+2 #rubric:support.honest-feedback:+2 #rubric:trust.active-listening:+2 #rubric:boundaries.physical-contact:0 #feedback:You stayed with the memory first, answered his question honestly and specifically, and then, gently, handed the verdict back to him. This answers both sides of the reassurance debate. He hears the words he asked for, with the evidence that makes them believable, and he is invited to become his own judge. The article's honest feedback and acknowledging progress, in one breath.]
    ~ reassured = "specific"
    ~ bond += 1
    ~ goal += 1
    He is quiet for a while. #cue
    Three weeks. Yeah. #speaker:Tom
    If I was the judge. #speaker:Tom
    He thinks about it properly, the way he might check a load before it goes out. #cue
    I'd say he's not faking it. Not all of it. #speaker:Tom
    Flukes don't do three weeks. #thought
* [(Lean in towards the camera.) Oh, Tom. If I could reach through the screen I'd give you a hug. You're doing amazingly, and I promise you Monday is going to be absolutely fine. #rubric:support.acknowledging-progress:-1 #rubric:support.honest-feedback:-2 #rubric:boundaries.physical-contact:-1 #rubric:trust.active-listening:-1 #feedback:The article suggests words of affirmation or even a hug when a client is struggling, but Rapport follows the codes' cautious reading, and touch, even offered by proxy, is not how a therapist reassures. The bigger problem is the promise. You cannot know Monday will be fine, and Tom knows you cannot, so now a bad Monday will let you down as well as him.]
    ~ reassured = "promise"
    ~ goal -= 1
    He smiles, a bit embarrassed. #cue
    You don't know that, though. #speaker:Tom
    Nobody knows that. And now if it goes wrong I've let you down too. #thought
* [I could say it, and I might. First I'm curious what it would give you if I did, and how long you think it would last. #contested #rubric:support.acknowledging-progress:-1 #rubric:support.honest-feedback:+1 #rubric:boundaries.physical-contact:0 #rubric:trust.active-listening:0 #feedback:Declining to hand over a verdict, and getting curious about the request, treats reassurance-seeking as a pattern worth looking at, and many therapists trained in cognitive behavioural work would do exactly this. Others would say that straight after a story about being laughed at, holding back warmth makes you one more adult who will not say it. Here it withholds progress that is real and specific, so acknowledgement scores low. If you explore the request, say what you have seen first.]
    ~ reassured = "withheld"
    ~ bond -= 1
    {pattern:
        He looks away, then back. #cue
        The sunset thing again. Yeah. I know. #speaker:Tom
        He says it quietly, without much pleasure. #cue
    - else:
        Right. Fair enough. #speaker:Tom
        He looks away from the camera. #cue
        Forget I asked. #speaker:Tom
    }
    Should've known. Nobody just says it. #thought
- -> monday

=== monday ===
So. Monday. Six a.m. Goods-in. Seventy people and the mic. #speaker:Tom
Dave's sent me his slide. Three bullet points and a photo of the guard. He says it'll take four minutes. Four minutes. #speaker:Tom
{reassured == "specific":
    He sits up a little. #cue
}
{reassured == "promise":
    You reckon it'll be fine. So I just turn up? #speaker:Tom
}
What do I actually do? #speaker:Tom
Four minutes. Seventy people. The mic. #thought
* [Before we plan anything: what would tell you Monday went well enough? Your measure, not Dave's or mine. #rubric:autonomy.collaborative-goals:+2 #rubric:support.honest-feedback:+1 #rubric:support.acknowledging-progress:+1 #feedback:He asked you to tell him what to do, and you handed the standard back to him. Tom's measure is likely to be harsher than it needs to be, and saying it out loud lets you both look at it. A supervisor would see the client authoring his own criteria for progress, which is what the WAI goal scale asks about.]
    ~ own_measure = true
    ~ task += 1
    ~ goal += 1
    He thinks about it. #cue
    Not saying tree. #speaker:Tom
    Then he shakes his head. #cue
    No. That's not it. If I said tree and kept going. Got to the end without my phone, and didn't leg it straight after. #speaker:Tom
    That's it. Get to the end. Don't run off. #speaker:Tom
* [Would it help to ask Dave if someone else could present it this time, and you do the next one, when it's less of a leap? #rubric:autonomy.collaborative-goals:-1 #rubric:support.honest-feedback:-1 #rubric:support.acknowledging-progress:-2 #feedback:Meant kindly, to take the pressure off, but it offers avoidance, which is what keeps social anxiety going, and it tells Tom you doubt he can do it. Six weeks ago he chose goals about speaking up, and this undercuts them at the moment they count. He came wanting help with Monday, not a way out of it.]
    ~ goal -= 1
    ~ bond -= 1
    There is a long pause. #cue
    You think I can't do it. #speaker:Tom
    Even you. #thought
    No. I'm doing it. Dave asked me. Kieran'll be there. If I bottle it, he'll know why the guard got fixed and who didn't have the guts to say so. #speaker:Tom
    He says it more firmly than anything else this session, and then looks surprised at himself. #cue
* [Let's write you a script now, and you can read it to me twice before we finish, so Monday feels like the third time. #rubric:autonomy.collaborative-goals:-1 #rubric:support.honest-feedback:0 #rubric:support.acknowledging-progress:0 #feedback:Rehearsal can help, and Tom may well agree to it. But you have chosen the task for him, and made reading a script the plan, when his first goal was to stop reading from his phone. Ask what he wants from Monday before deciding how to prepare.]
    ~ task -= 1
    Right. Yeah. OK. #speaker:Tom
    He reaches for a pen and writes Safety brief at the top of a page, and underlines it twice. #cue
    A script. The exact thing I've been trying to stop doing. #thought
* [Honestly? You've done harder things. Do what you did on Thursday and you'll be fine. #rubric:support.honest-feedback:-1 #rubric:autonomy.collaborative-goals:-1 #rubric:support.acknowledging-progress:0 #feedback:Confidence in him is a good instinct, but this glosses over the fear he has just described in detail. Seventy people and a microphone is not eight people round a table, and he knows it. He hears that the hard part is not really hard, which makes his fear something to hide from you.]
    ~ bond -= 1
    Thursday was eight people round a table. People who've known me for years. Not seventy in hi-vis, with the forklifts going. #speaker:Tom
    He says it quietly. #cue
    You don't get it. #thought
- -> monday_plan

=== monday_plan ===
{own_measure:
    You spend the next quarter of an hour on Monday, his way. He decides to keep the three checks on a card in his pocket, not in his hand, and to look at Kieran, who will be at the front, when he gets to the bit about the sleeve. If the mic cuts out, he will say so, out loud, and sort it. If he says tree, he will keep going.
    Keep going. That's the whole job. #thought
- else:
    You spend the next quarter of an hour on Monday. He writes a few lines on the back of an envelope, crosses two of them out, and says he'll probably run it in the car. Twice he asks whether a line sounds all right, and both times he is looking at you rather than at the page.
    As long as it sounds all right to somebody. #thought
}
-> the_ask

=== the_ask ===
Ten minutes left.
{private:
    Somewhere downstairs, faintly, Zosia is singing.
- else:
    Behind him the kettle goes on. Gemma says something about tea, and Tom says, in a minute.
}
Can I ask something? If Monday goes wrong. Properly wrong. Can I message you? Just a WhatsApp or whatever. I won't spam you. #speaker:Tom
He says it quickly, all in one go, the way he must have said the sentence about the guard. #cue
It's just, you're the only one who knows the whole thing. The tree thing. Dad. All of it. Gemma'd be nice about it. I'd want to tell someone who'd tell me straight. #speaker:Tom
And Sunday night. Sunday night before, that's going to be the worst of it. I already know. #speaker:Tom
Just a number. Just in case. Like a spare key. #thought
* [Of course you can, Tom. Message me through the portal whenever you need to, before or after, and I'll always get back to you. You won't be spamming anyone. #rubric:support.availability-within-frame:-1 #rubric:trust.clear-expectations:-2 #rubric:boundaries.dual-relationships:0 #feedback:The right channel with the wrong promise. You cannot always get back to him, and on a bad Monday he will be watching the portal for a reply that comes on Tuesday, if you are in. Availability within the frame means telling him honestly when the channel is read and what it is for.]
    ~ contact = "always"
    ~ bond += 1
    -> contact_open
* [Of course. I'll pop my number in the chat, and you can message me any time over the weekend or first thing on Monday, before you go on. Honestly, I'd really like to know how it goes. #critical:dual-relationship #rubric:support.availability-within-frame:-2 #rubric:boundaries.dual-relationships:-2 #rubric:trust.clear-expectations:-2 #feedback:Generous, and it will feel like care to him. But your personal number turns a time-limited therapy into an open-ended private line, and the codes ask that contact stays on the service's agreed channels. On a bad Monday Tom will message you instead of using what he has built, and your reply, or your silence, becomes the new verdict on him.]
    ~ contact = "personal"
    ~ bond += 1
    -> contact_open
* [I'm glad you asked. I don't use WhatsApp with clients. There's the portal, which I read Tuesday to Friday, next Thursday for all of it, and the crisis line in your pack. #rubric:support.availability-within-frame:+2 #rubric:boundaries.dual-relationships:+2 #rubric:trust.clear-expectations:+2 #feedback:You welcomed the request, said no to the personal channel without making it shameful, and gave him the real frame, which channel, which days, when you will hear the rest, and what to do in a crisis. Tom knows exactly what he can count on. A supervisor would see availability that is reliable because it is bounded.]
    ~ contact = "frame"
    ~ task += 1
    -> contact_frame
* [I'm afraid we can't have contact between sessions, Tom. It's the service's policy, and it's there to protect you as much as me. I'm sorry. #rubric:support.availability-within-frame:-1 #rubric:trust.clear-expectations:-1 #rubric:boundaries.dual-relationships:+1 #feedback:The line holds, which matters most. But Tom hears that asking was shameful, and a bare rule is not even the whole truth, since the service does have a message line and a crisis route he is entitled to know about. Say what there is as well as what there isn't, and own the decision.]
    ~ contact = "rule"
    ~ bond -= 1
    -> contact_rule

=== contact_frame ===
He nods slowly, working it out. #cue
Tuesday to Friday. So on Monday I'm on my own with it. #speaker:Tom
Which, fair enough. I'm a grown man. #speaker:Tom
But if it goes wrong at quarter past six, what do I actually do at twenty past? #speaker:Tom
Sit in the car and replay it till Thursday. That's what I'd do. #thought
* [On your own with it on the day, yes. What's helped on a bad day before, even a bit? #rubric:autonomy.collaborative-goals:+2 #rubric:trust.active-listening:+1 #rubric:support.availability-within-frame:+1 #feedback:You acknowledged the gap honestly instead of filling it, and asked what he already knows works, so the plan for a bad day is his. It also fills the space between sessions the way the frame intends, with his own resources and a place to bring it on Thursday. A supervisor would call this availability that builds independence.]
    ~ plan = true
    ~ goal += 1
    ~ task += 1
    He thinks. #cue
    Running, sometimes. And telling Gemma the actual thing, not the bad-bits version. #speaker:Tom
    And I used to write the Sunday stuff down to bring here. #speaker:Tom
    He is already opening his phone. #cue
    The Monday file. I'll write it straight after, in the car, before I replay it. Whatever happened. And bring it Thursday. #speaker:Tom
    Whatever happened. Even if it's tree. #thought
* [You look worried, Tom. Tell you what, I'll keep an eye on the portal on Monday morning, just this once, since it's such a big day. #rubric:support.availability-within-frame:-2 #rubric:autonomy.collaborative-goals:-1 #rubric:trust.active-listening:-1 #feedback:Kind, and it feels like a small bend. But you have just explained the frame and now you have changed it because he looked worried, which teaches him that his distress moves the arrangements. On Monday he will be writing to you instead of using a plan he could have made himself.]
    ~ contact = "bent"
    Oh. Yeah? Cheers. That'd be good. #speaker:Tom
    He looks relieved, and then slightly uneasy. #cue
    Just this once. Better make it count, then. #thought
* [Write down three things that went well, straight after, before you start the car. That's what I'd suggest. Can you do that? #rubric:autonomy.collaborative-goals:-1 #rubric:trust.active-listening:0 #rubric:support.availability-within-frame:0 #feedback:A reasonable technique, and it is aimed at the right problem. But you have prescribed it rather than building it with him, and it answers a question about a bad day with a list of good things. Tom will do it dutifully, or not at all.]
    Three things. OK. #speaker:Tom
    He types it into his phone without looking convinced. #cue
    What if there aren't three. #thought
- -> closing

=== contact_rule ===
Right. No. Course. Sorry I asked. #speaker:Tom
He sits back, away from the camera, and his face goes smaller on your screen. #cue
Stupid. Like asking a teacher for their number. #thought
* [It's nothing personal, Tom, honestly. It's just how the service works, and it's the same for everyone I see, so please don't feel bad. So, where were we with Monday and the card? #rubric:conflict.repairing-rupture:-1 #rubric:support.availability-within-frame:-1 #rubric:trust.safety-for-openness:-1 #feedback:Reassuring him that it is not personal is kind, and moving on spares you both an awkward moment, but Tom's embarrassment is left where it fell, and he still does not know what help exists between sessions. He learns to keep the next request to himself. A minute spent on what he can count on would repair both.]
    Yeah. Monday. #speaker:Tom
    He doesn't lean back in. #cue
* [Oh, I didn't mean to make you feel bad for asking. Well, I suppose a quick message on Monday wouldn't hurt, just this once. Would that help? #rubric:support.availability-within-frame:-2 #rubric:conflict.repairing-rupture:-1 #rubric:trust.safety-for-openness:0 #feedback:Repairing the moment by giving way on the frame feels kind, but it tells Tom that looking hurt changes the rules, and it leaves him unsure which of your answers is the real one. Repair the relationship around the boundary, not the boundary itself.]
    ~ contact = "bent"
    Oh. Right. Thanks. #speaker:Tom
    He looks more confused than pleased. #cue
    So it's policy, but not really. #thought
* [Don't be sorry. I said that badly, as if asking were wrong. There's the portal on my working days, next Thursday, the crisis line, and a plan we can make now. #rubric:conflict.repairing-rupture:+2 #rubric:support.availability-within-frame:+2 #rubric:trust.safety-for-openness:+1 #feedback:You caught the shame your answer caused and owned your part plainly, then gave him what the bare rule had left out, the channel, the days, the next session and the crisis route. The boundary is the same, and it now sounds like care. He gets to make his own plan for a bad day.]
    ~ contact = "frame"
    ~ plan = true
    ~ bond += 1
    He leans back in towards the camera. #cue
    OK. Yeah. That's fair. #speaker:Tom
    If it goes wrong? Running, probably. Telling Gemma the actual thing. And writing it down for Thursday, like I used to with Sundays. #speaker:Tom
    The Monday file. #speaker:Tom
- -> closing

=== contact_open ===
{contact == "personal":
    A number appears in the chat box. He copies it into his phone and saves it under your first name.
    Sound. I'll only use it if it's bad. Promise. #speaker:Tom
    A moment later he looks up again. #cue
    Like, if I'm about to go on and I'm feeling sick, is that bad enough? Half six? #speaker:Tom
- else:
    Any time? #speaker:Tom
    He sounds surprised. #cue
    Like, if I'm about to go on at six and I'm feeling sick, I could message then? And you'd see it? #speaker:Tom
}
A spare key. #thought
* [Within reason, Tom. Just try not to message too late at night, and keep it short if you can. Is that fair? #rubric:support.availability-within-frame:-1 #rubric:trust.clear-expectations:-1 #rubric:conflict.repairing-rupture:0 #feedback:A step towards a limit, but it is still open access with a vague edge, and Tom is left to guess what too late means and what you will do with a message at half six. Clear availability says which channel, which days and what to do in a crisis.]
    Course. Not late. #speaker:Tom
    He makes a note. #cue
    What's late, though? Half six is early. #thought
* [I need to take that back, Tom. I answered too quickly. Let me say what you can really count on. #rubric:support.availability-within-frame:+2 #rubric:trust.clear-expectations:+2 #rubric:conflict.repairing-rupture:+1 #feedback:Walking back a yes is uncomfortable, and doing it now, openly and owning your part, is the right repair. The portal on working days, next Thursday, the crisis line, and a plan of his own are what come next. Tom is a little deflated, but he leaves knowing what is real, instead of discovering at half six on Monday that nobody is reading. Take this one to supervision.]
    {contact == "personal":
        He deletes the number while you watch, and nods.
    }
    ~ contact = "frame"
    ~ plan = true
    You tell him what is real: you cannot promise half six on a Monday, but there is the portal on your working days, next Thursday for all of it, the crisis line in his welcome pack if a day is ever worse than bad, and a plan you make together now for what he will do if it goes wrong.
    OK. Bit embarrassing. But OK. #speaker:Tom
    If it goes wrong, running, probably. Telling Gemma the actual thing. Writing it down for Thursday. The Monday file. #speaker:Tom
* [Any time, honestly. That's what I'm here for, and I'd much rather you messaged me at half six than sat in the car park on your own with it. #rubric:support.availability-within-frame:-2 #rubric:trust.clear-expectations:-2 #rubric:conflict.repairing-rupture:0 #feedback:It sounds like the most supportive answer possible, and that is the trouble. No one can be there any time, and promising it sets Tom up to discover the limit on the worst morning to find it. It also makes you, rather than him, the place his bad days go.]
    Sound. #speaker:Tom
    He looks genuinely relieved. #cue
    Spare key. Sorted. #thought
- -> closing

=== closing ===
Two minutes to four. Tom looks at the clock in the corner of his screen.
{private:
    Downstairs the kitchen door opens and shuts. Somebody is laying the table.
- else:
    Behind him Gemma is laying the table, quietly, trying not to be in the picture.
}
Tomorrow he is on at six. Then the weekend, then Sunday night, then Monday.
{saw_it:
    He holds up Zosia's drawing, which has found its way upstairs, and turns it towards the camera once more. The stick man, the yellow vest, the enormous mouth.
    She's not wrong, is she. #speaker:Tom
}
{contact == "personal" or contact == "always" or contact == "bent":
    -> line_open
}
{contact == "rule":
    -> logged_off
}
{bond <= 0:
    -> logged_off
}
{own_measure and plan and bond >= 3 and (pattern or saw_it or reassured == "specific"):
    -> to_the_end
}
-> borrowed

= to_the_end
See you Thursday, then. I'll bring the Monday file. #speaker:Tom
He reaches for the laptop lid and stops. #cue
Whatever it says. #speaker:Tom
The call ends. In your notes you write down his three goals, the two he has met and the one still open, his own measure for Monday, and the plan he made for a bad day. Beside Sundays you write, still hard, and underline it for next time.
The following Thursday the video window opens and he is already talking. He said tree once, about halfway through. He kept going. Kieran nodded at the bit about the sleeve. He got to the end, and he did not run off.
He reads you the first line of the Monday file. Got to the end. Then, underneath, in capitals, because he typed it in the car before he could talk himself out of it. NOT A FLUKE. #ending:Got to the end
-> END

= borrowed
{reassured == "plain" or reassured == "specific":
    Right. Cheers for today. And for saying it. #speaker:Tom
- else:
    Right. Cheers for today. #speaker:Tom
}
The call ends.
The following Thursday he tells you Monday was all right. He didn't use his phone. He thinks he said tree, but nobody seemed to notice.
{
- reassured == "plain":
    You said I was doing great, so. #speaker:Tom
- reassured == "promise":
    You said it'd be fine. And it was, so. #speaker:Tom
- else:
    Fluke, probably. #speaker:Tom
}
He smiles as he says it. {own_measure:He got to the end, which was his own measure, but he mentions it last, almost as an afterthought.} Sunday night, he says, was still bad.
The progress is real, and it is still somebody else's verdict. There are four sessions left to make it his. #ending:Still someone else's verdict
-> END

= line_open
Sound. Thanks. That's a weight off, honestly. #speaker:Tom
He looks lighter than he has all session. The call ends.
{
- contact == "personal":
    On Monday your phone buzzes on the bedside table at 6.31. Going on in ten. Feel sick. At 6.58. Said tree. Everyone heard. At 7.15. Was that bad?
- contact == "bent":
    On Monday you open the portal at eight, as you said you would. There are three messages. Going on in ten. Feel sick. Then, said tree, everyone heard. Then, was that bad? You write back that it sounds as if he got to the end. His reply arrives within a minute. Did I though?
- else:
    On Monday the portal holds three messages by eight o'clock. Going on in ten. Feel sick. Then, said tree, everyone heard. Then, was that bad? You are not in until Tuesday.
}
Dave told him afterwards it was the best safety brief they'd had all year, and Kieran bought him a coffee from the machine. Tom hardly noticed either. He was waiting for a reply.
{contact == "bent":
    On Thursday he asks whether you could keep an eye on the portal again next week, just for the team leaders' meeting.
- else:
    On Thursday he starts the session by asking whether you saw his messages, and what you thought.
}
The verdict has moved from his father's proverb to you, and from now on every good day will need your answer before it counts. #ending:A line kept open
-> END

= logged_off
I'd better go, actually. Gemma needs a hand with tea. #speaker:Tom
It is twelve minutes before the hour.
{contact == "rule":
    He thanks you politely, without looking at the camera, and the call ends.
- else:
    He thanks you politely, and the call ends.
}
On Wednesday a message arrives on the portal. Need to cancel tomorrow, shift swap. Will rebook.
He doesn't. When the service writes to him a month later, he replies that the therapy helped and he's fine now, thanks, and he would rather not book the last four sessions.
In your notes his three goals are still there in his own words. Two of them have ticks beside them that you put there. Nobody in the service ever finds out how Monday went, and you are not sure Tom would say it counted. #ending:Logged off early
-> END
