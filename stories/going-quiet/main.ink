// Going quiet. A conflict-and-repair scenario: a withdrawal rupture.
// Joel Francis, 24, student paramedic, session 9 of open-ended weekly work.
// Last week a homework suggestion, and one sentence, landed badly. He comes back bright.
// Recognising the rupture (the markers in arrival, homework, drift, vague, finish_early) is scored
// apart from repairing it (what_landed onwards), as the 3RS does.

VAR bond = 0
VAR task = 0
VAR goal = 0

VAR opened = ""        // how the hour opened: checkin, praise, agenda, tired
VAR named = ""         // when the rupture came into the open: early, mid, late, door (empty: never)
VAR repaired = false   // Joel's hurt has been heard and the trainee's part owned
VAR slipped = ""       // how the first repair attempt went wrong: defended, apologised
VAR clarified = false  // the trainee has said what the remark meant
VAR kath = ""          // the homework: pushed, parked, dropped, offered, pushed-again, sleep
VAR door_open = false  // Joel has heard that he can say when something lands wrong

-> arrival

=== arrival ===
Tuesday, half past five. Room 2 at the Harbour Lane Counselling Centre, a low-cost service two bus stops from the university. The radiator ticks. The blind is down against the dark.
This is Joel Francis's ninth session. In eight weeks he has never once been late. He usually arrives ten minutes early, hangs his jacket on the back of the chair nearest the door, says the radiator sounds like a defib charging, and asks how your week has been before you can ask about his.
Today he knocks at twenty-six minutes to six, says sorry twice in the doorway, and sits down without taking off his jacket. He does not mention the radiator.
He first came in January, four weeks after a placement shift on which his crew worked a cardiac arrest for forty minutes on a kitchen floor. The man was forty-one. His two children watched from the stairs. He died. Since then Joel has slept four or five hours a night, and when he closes his eyes he sees the stairs.
In the fifth session he told you the whole job for the first time, start to finish: the compressions, the shocks, the daughter's school shoes on the third stair. He cried, apologised for crying, and came back the next week to say he had slept seven hours straight for the first time since Christmas. Since then the work has felt like a partnership. He brings a list on his phone. He argues with you when he thinks you are wrong, and laughs when he thinks you are right.
Last week, near the end, he told you he had frozen for a second at a job: another man down, another kitchen. You suggested that before today he talk to Kath, his practice educator, about how he has been since December. And you said, as the hour ran out: maybe the job is asking more of you right now than anyone could give.
He nodded, said that made sense, and left exactly on time.
Yeah, good, thanks. Good week, actually. Slept loads. #speaker:Joel
Did the no-screens-after-eleven thing. Worked a treat. Honestly, I'm good. #speaker:Joel
He puts his phone face down on his knee, then turns it face up again. #cue
Keep it light. Fifty minutes, then the bus. #thought
* [That's brilliant, Joel. Seven hours would be a big change from January. Was it the no-screens thing that made the difference, do you think? #rubric:conflict.recognising-rupture:-1 #rubric:support.checking-in:-1 #feedback:Warm and curious, and it would be right if it were true, but it takes a sudden brightness at face value and asks him to explain a success. Joel is late for the first time in eight weeks and has kept his jacket on. A supervisor would ask you to notice the change before celebrating it, and to ask how he is rather than assume.]
    ~ opened = "praise"
    Yeah. Big change. #speaker:Joel
    He smiles at the box of tissues on the table, not at you. #cue
    Yeah, no, it's been good. Really good. #speaker:Joel
    Four hours on Sunday. Three on Monday. Big change. #thought
* [Good to see you. Before anything else, shall we pick up last week's homework? I'd love to hear how talking to Kath went. #rubric:conflict.recognising-rupture:-1 #rubric:support.checking-in:-2 #feedback:Reviewing homework matters, and showing interest in it is kind, but opening with it goes straight to the thing that may have gone wrong, before you know how he is. Joel is late, bright and still zipped into his jacket, and you have set the agenda without asking. Check in first, and let him show you where he is.]
    ~ opened = "agenda"
    ~ task -= 1
    Kath. Yeah. #speaker:Joel
    He unzips his jacket halfway, then zips it back up to his chin. #cue
    Here we go. #thought
* [Good to see you, Joel. That was a very quick "good week". How are you, really, coming in today? #rubric:conflict.recognising-rupture:+1 #rubric:support.checking-in:+2 #feedback:A real check-in, with a light and tentative note of how fast the brightness came. Sudden cheerfulness from a client who is late for the first time is a withdrawal marker, and you noticed it without pouncing. Joel is not ready to say more, but he hears that you are paying attention and that there is room, which is how recognising a rupture starts.]
    ~ opened = "checkin"
    ~ bond += 1
    He laughs, a beat too late. #cue
    Ha. You don't miss much, do you. #speaker:Joel
    No, honestly, it's fine. Bus was rammed, that's all. Some bloke with a bike, trying to get it down the stairs from the top deck. Whole bus helping him. #speaker:Joel
    He tells it well, with the voices, and it is a good story, and when it is finished there is a short silence that he does not fill. #cue
    He glances at you, then at the clock, then at his trainers. #cue
    Not today. Don't start on it today. #thought
* [You look shattered today, Joel. How are you really doing? Rough run of shifts? #rubric:conflict.recognising-rupture:0 #rubric:support.checking-in:+1 #feedback:You saw that something is different, even the jacket, and asked about it kindly, which is a check-in. But you placed the change in him, as tiredness, and that hands him an easy way out. Withdrawal often looks like brightness and vagueness, and the question worth holding is whether something between the two of you has changed.]
    ~ opened = "tired"
    Yeah. Nights. That's all it is. Three in a row, then straight onto a day shift, because the rota's written by someone who hates us. #speaker:Joel
    He rubs his eyes with the heels of his hands, almost grateful. #cue
    Tired. Yeah. Go with tired. #thought
- -> homework

=== homework ===
{opened == "agenda":
    He answers before you can add anything, the words lined up as if he practised them at the bus stop.
- else:
    He leans forward, elbows on his knees, and gets in first, the way he does when he wants a thing over with.
    Oh, and that thing from last week. Talking to Kath. #speaker:Joel
}
I haven't yet. Rotas, you know. She's on days when I'm on nights, and when we're both on she's got the first-years following her round like ducklings. And you can't just grab her in the crew room. Everyone's in the crew room. #speaker:Joel
But I will. Definitely. #speaker:Joel
You were right, to be fair. It's a good idea. Whatever you think is best, honestly. #speaker:Joel
And what you said, about the job asking a lot. It does. Everyone says that. It's a lot. That's the job, isn't it. #speaker:Joel
He says it lightly, to the window, and moves on before you can answer. #cue
He nods several times, agreeing with something you have not said. #cue
It strikes you that he has not asked you a single question since he sat down. In eight weeks he has never once let a session start without asking how your week was, or arguing with something you said the week before.
Kath. Rotas. The crew room. That'll do. #thought
* [There's no rush with Kath, it doesn't have to be this week. Can we park it for now, and you tell me how the nights have been since last time? #rubric:conflict.recognising-rupture:-1 #rubric:power.awareness-of-imbalance:-1 #feedback:Kind, and it takes the pressure off, but it steps round the markers instead of naming them. Joel learns that the awkward thing can be parked without being talked about, which is what a withdrawal rupture is hoping for. His yes still stands, unexamined.]
    ~ kath = "parked"
    Yeah. Sound. #speaker:Joel
    He sits back, and some of the stiffness goes out of his shoulders. #cue
    Parked. Good. Leave it parked. #thought
* [You're agreeing with everything today, Joel, and that's new. You usually tell me when I've got something wrong. Did last week go down badly? #rubric:conflict.recognising-rupture:+2 #rubric:power.awareness-of-imbalance:+2 #feedback:Over-agreeing and deferring are withdrawal markers in the 3RS, and they are also what the therapist's authority tends to produce. You noticed both, named them tentatively and linked the change to last week rather than to Joel's mood. He gets a door he can walk through without having to knock.]
    ~ named = "early"
    ~ bond += 1
    He stops nodding. #cue
    For a moment he looks as if he might laugh it off again. Then he looks at the floor between his trainers instead. #cue
    It was a good idea. It's not that. #speaker:Joel
    He stops, and starts again. #cue
    It's just... #speaker:Joel
    -> what_landed
* [It was a big ask from me. Could we find one shift this fortnight when you and Kath overlap? #rubric:conflict.recognising-rupture:-1 #rubric:power.awareness-of-imbalance:-2 #feedback:Owning that it was a big ask is kind, and helping with the obstacles is good practice when the client wants the task. Here Joel is over-agreeing, deferring and vague, all withdrawal markers, and taking his yes at face value commits him more firmly to the thing he is avoiding. A supervisor would ask whose plan this is, and what his quick agreement might be covering.]
    ~ kath = "pushed"
    ~ task -= 1
    ~ bond -= 1
    Yeah. Yeah, good idea. #speaker:Joel
    He takes out his phone and opens the rota app to show you, scrolling too fast for either of you to read it. #cue
    Thursday, maybe. I'll try Thursday. #speaker:Joel
    I won't. #thought
* [Rotas, the crew room, the first-years. That's a lot in the way. What is it like for you today, picturing actually talking to her? #rubric:conflict.recognising-rupture:+1 #rubric:power.awareness-of-imbalance:0 #feedback:A reflection and an open question, which gives Joel a chance to say more, and that is a start. But you asked about Kath and not about the quick agreement in front of you, so he can answer about Kath and keep the real thing back. The marker to name was the yes, yes, whatever you think.]
    Fine. Bit nervous, maybe. It's fine. #speaker:Joel
    He shrugs, one shoulder. #cue
    Nervous. Not the word. Not even close. #thought
- -> drift

=== drift ===
Anyway. #speaker:Joel
Did I tell you Kezia got her mock results? Seven nines. Seven. Mum's put the letter on the fridge like it's from the King. #speaker:Joel
He shows you a photo on his phone: the letter on the fridge door, held up by a magnet in the shape of Jamaica, his mum's thumb in the corner of the shot. #cue
He tells you about his mother, a district nurse for twenty-two years, reading the letter aloud to his grandad over the phone, twice, and his dad, who teaches maths, pretending not to be smug about the maths one.
She wants to do medicine now. She says paramedic's the warm-up act. Cheek. #speaker:Joel
And you'll like this. Saturday, Mo reversed the truck into the station bins. All of them. One after the other, like skittles. The whole crew room came out to watch. #speaker:Joel
And Kezia's made me promise to come to her prom in my greens. I said it's a uniform, not fancy dress. She said same thing. #speaker:Joel
He leans back with his hands behind his head, a performance of a man at ease. He talks faster than you have heard him talk before, and laughs at the end of his own sentences. #cue
It is a quarter to six. He has not mentioned the stairs, or the kitchen, or last week.
Quarter to. Thirty-five minutes. #thought
* [Seven nines! What a result. She must be so proud, and so must you. How are you feeling about her actual exams this summer? #rubric:conflict.recognising-rupture:-1 #rubric:trust.active-listening:0 #feedback:Warm and attentive to what he is saying, and in another session this would be a good moment of connection. Today it follows him away from the thing he is avoiding. The shift of topic, the speed and the laughter are withdrawal markers, and they are the part of the message worth hearing.]
    ~ bond += 1
    Proud? She's unbearable. #speaker:Joel
    He grins, and for a minute he is entirely himself, describing Kezia's revision timetable, colour-coded, taped to the bathroom door. #cue
    Then the grin goes, as if someone switched it off at the wall. #cue
* [That's lovely news, Joel, and I'm not trying to rush you, but I'm conscious of time. Can we come back to that job last week, and what it brought up for you? #rubric:conflict.recognising-rupture:-1 #rubric:trust.active-listening:-1 #feedback:You noticed that the hour had drifted, which is something, but you treated the drift as a timekeeping problem and brought back your agenda rather than asking what the drift was about. Joel hears that his news was an interruption. The topic shift is a marker of something between you, not only a detour.]
    ~ bond -= 1
    Yeah. Sorry. I was rambling. #speaker:Joel
    He folds his arms across his jacket. #cue
    Back to the agenda. Fine. #thought
* [You seem really up today, Joel, and it's good to see you laughing. Do you think things might genuinely be starting to lift? #rubric:conflict.recognising-rupture:-2 #rubric:trust.active-listening:-1 #feedback:Hopeful, and it is true that clients do get better. But a sudden brightness, fast talk and laughter, in a client who came in late and has not mentioned the thing he came for, is a classic withdrawal marker. Reading it as progress tells Joel that the performance is working.]
    Yeah. Yeah, I think they are. #speaker:Joel
    He nods, and keeps nodding a little too long. #cue
    Good. Believe that. #thought
* [Seven nines, no wonder it's on the fridge. And Mo and the bins. We've come a long way from last week, quite fast, Joel. Did something about last time put you off? #rubric:conflict.recognising-rupture:+2 #rubric:trust.active-listening:+2 #feedback:You heard the good news and reflected it, then named the topic shift, another withdrawal marker, without blaming him for it. Linking it to last session makes it easier for Joel to tell you what went wrong. This is recognising a rupture in the 3RS sense, said gently enough to be heard.]
    ~ named = "mid"
    ~ bond += 1
    The laugh goes out of him, all at once. #cue
    He turns his phone over in his hands. #cue
    Put me off. No. Not put me off. It's just... #speaker:Joel
    -> what_landed
- -> vague

=== vague ===
The talk comes round, as it has every week, to sleep and the stairs. You ask how the nights have been, and whether the kitchen has come back since the job last week. His answers get shorter as your questions get closer.
Sleep's... yeah. Better. Ish. Some nights. #speaker:Joel
And the stairs. Not really. Sometimes. Dunno. It's fine. #speaker:Joel
He picks at the seam of his rucksack where the stitching has come loose. #cue
The job last week was fine in the end. He was fine. Bloke was fine. Everyone was fine. #speaker:Joel
He looks past you at the clock, and then, when he sees you notice, at the window with the blind down. #cue
A month ago he would have told you the number of hours, the time he woke, what the dream was. He kept the sleep diary like a patient report form, times and all, and read it out to you with a kind of pride. Today there is no list on his phone.
You wait. He lets the silence sit for exactly two seconds, and then fills it. #cue
Oh, and I did the breathing. The in-for-four thing. Works. Mostly. #speaker:Joel
{kath == "pushed":
    I'll do the Kath thing Thursday. I said I would. #speaker:Joel
}
Just get to six twenty. #thought
* ["Better, ish, some nights, it's fine." That's a lot of hedges in one breath, Joel. I've a feeling it's harder to talk to me today than usual. #rubric:conflict.recognising-rupture:+2 #rubric:trust.active-listening:+2 #feedback:You gave him his own words back exactly, so he can hear the vagueness too, and then named what it might mean between you rather than in him. Going vague is a 3RS withdrawal marker, and placing it in the room, not in his mood, is the step that lets Joel say what happened.]
    ~ named = "mid"
    ~ bond += 1
    He breathes out through his nose, a long breath, and something in his face gives. #cue
    Yeah. Okay. Yeah. #speaker:Joel
    It's not a big thing. It's just... #speaker:Joel
    -> what_landed
* [Better is good, and the breathing too. That's something to build on. Have you kept up the sleep diary, so we can see what's helping? #rubric:conflict.recognising-rupture:-2 #rubric:trust.active-listening:-1 #feedback:Building on progress is a good instinct when the progress is real. Here you have heard "better" and missed "ish", "dunno" and "it's fine", and carried on with the plan. Going vague is a withdrawal marker, and a supervisor would ask you to stop and wonder aloud before adding another task.]
    ~ kath = "sleep"
    Yeah. Mostly. I left it at home. #speaker:Joel
    He has not filled it in since last Tuesday. #thought
* [Some nights, you said. Tell me about those. Which nights are the bad ones, and what wakes you? #rubric:conflict.recognising-rupture:-1 #rubric:trust.active-listening:+1 #feedback:A curious, concrete follow-up that takes his words seriously, which is good listening to the content. But the process in the room, the shrinking answers and the look at the clock, goes unremarked, and he can answer the question while keeping the real thing back.]
    Nights before a shift. Nights after a shift. #speaker:Joel
    He almost smiles. #cue
    So, most of them. #speaker:Joel
* [You don't sound very sure, Joel. I wonder if you're just tired of going over the same ground with me every week? #rubric:conflict.recognising-rupture:0 #rubric:trust.active-listening:0 #feedback:You noticed the vagueness, which matters, but your question offers him a reason that lives in him, fatigue with the topic, rather than one that might live between you. It is easy for Joel to agree and close it. What has changed since last week is the question underneath.]
    A bit, yeah. Same stuff every week. #speaker:Joel
    He says it lightly, as if it were a joke about the bus. #cue
- -> the_question

=== the_question ===
It is five past six. Outside, a bus pulls away from the stop with a hiss of brakes.
He picks up his water bottle, and puts it down again without drinking. #cue
Can I ask you something? #speaker:Joel
Do you think I'm doing alright? Like, generally. With it all. Compared to other people you see. #speaker:Joel
He asks it casually, as if it were about the weather, and watches your face very closely. #cue
In eight weeks he has asked about your weekend, your football team, and whether anyone has ever bled the radiator. He has never once asked you what you think of him.
Don't look at the clock. Watch the face. #thought
* [You're doing really well, Joel. Honestly. Whatever you heard last week, you've come a long way since January, and I've seen it. #rubric:conflict.recognising-rupture:-2 #rubric:trust.active-listening:-2 #feedback:Kind, and the progress is real, and you even glance at last week, but only to brush it aside. It answers the words and not the question under them. He is not asking for a mark, he is asking whether you think he can do this, and blanket reassurance tells him the real question cannot be asked here.]
    Yeah? Cool. Cool. #speaker:Joel
    He nods, and looks at the clock. #cue
    They'd say that, though. They'd have to. #thought
* [I don't really compare the people I see, because everyone's road is different. What matters is how you're doing against where you started. #rubric:conflict.recognising-rupture:-1 #rubric:trust.active-listening:-1 #feedback:True, and a reasonable principle, but it is a phrase that could have been said to anyone, and it closes the question rather than wondering why he asked it today. Joel hears a polite no.]
    Right. Yeah. Course. #speaker:Joel
    Journey. That's a no, then. #thought
* [That doesn't sound like a casual question, Joel. Has it got something to do with what I said to you last week? #rubric:conflict.recognising-rupture:+2 #rubric:trust.active-listening:+2 #feedback:A casual question asked while watching your face closely is often the rupture knocking. You heard the weight under the lightness, and linked it to your own words, which lets Joel say what he has been carrying without having to raise it himself.]
    ~ named = "mid"
    ~ bond += 1
    He holds your gaze for a second, then lets it go. #cue
    Maybe. Yeah. #speaker:Joel
    It's just... #speaker:Joel
    -> what_landed
* [What do you think? How do you feel you're doing, compared with what you hoped for when you started? #rubric:conflict.recognising-rupture:-1 #rubric:trust.active-listening:0 #feedback:Handing a question back can be useful, and it keeps the focus on him. But today it reads as a dodge. The question has a history, last week's sentence, and bouncing it back leaves that history untouched.]
    Dunno. That's why I asked. #speaker:Joel
    He laughs, and shakes his head. #cue
    Classic counsellor. #speaker:Joel
- -> finish_early

=== finish_early ===
It is ten past six. Ten minutes left.
{the_question:
    He has not looked at you since he asked whether he was doing alright.
}
Joel has his rucksack strap in his hand before he speaks. He has already looked up the bus times; you saw him do it while you were talking. #cue
Actually, would it be alright if we finished a bit early today? I've got a thing. #speaker:Joel
And I was thinking. Maybe I don't need to come every week any more. I'm doing alright now. You've helped loads, honestly. #speaker:Joel
And I've got my mid-placement review with Kath in a fortnight, so I need to get my head down. Get signed off. Just, you know. Be normal for a bit. #speaker:Joel
I'll email about the days. When I've seen the new rota. #speaker:Joel
He smiles at you, warmly and very politely. #cue
Twenty past bus. If I go now, I make the quarter past. #thought
* [That's great, Joel, it sounds like you've come a long way. Let's finish there, and you can get in touch with the service whenever you want to come back. #rubric:conflict.recognising-rupture:-2 #rubric:conflict.time-and-space:-2 #feedback:It sounds respectful, and he is entitled to stop. But a client who has gone quiet, vague and bright all hour and now asks to leave early and stop coming is showing you a rupture, not a recovery. Agreeing ends the hour and the work on the rupture's terms, and the door you leave open is one he will not use.]
    ~ bond -= 1
    ~ goal -= 1
    Yeah. Yeah, exactly. Thanks. For everything, like. #speaker:Joel
    He shakes your hand, which he has never done before. #cue
    -> at_the_door
* [It's your call, and I'll respect it. Can I say what I've noticed first? Something's been different since last week, and if it was me, I'd want to know. #rubric:conflict.recognising-rupture:+2 #rubric:conflict.time-and-space:+1 #feedback:Late in the hour, but in time. Wanting to leave early and to stop therapy is the strongest withdrawal marker yet, and you named it, linked it to yourself, and left the decision with him. Staying with a hard moment instead of shortening it is what pacing means here.]
    ~ named = "late"
    ~ bond += 1
    He lets go of the strap. #cue
    For a long moment he says nothing, and you let the nothing be there. #cue
    It wasn't you. It was. It's just... #speaker:Joel
    -> what_landed
* [I'd rather we used the full hour, if that's alright with you. There's still work to do on the sleep. Could the thing wait ten minutes? #rubric:conflict.recognising-rupture:-1 #rubric:conflict.time-and-space:0 #feedback:Holding the frame is not wrong, but this answers his request with a rule and a reminder of the plan, and says nothing about why he might want to go. It turns a withdrawal into a negotiation he will win politely, by staying in body and leaving in every other way.]
    ~ bond -= 1
    Sure. Yeah. No worries. #speaker:Joel
    He sits back. He answers the next three questions in four words each, and at eighteen minutes past he is already standing. #cue
    Sorry. I really do have to get that bus. #speaker:Joel
    -> at_the_door
* [Sure, we can stop here for today. Shall we talk about how often to meet next week, once you've seen the new rota? #rubric:conflict.recognising-rupture:-1 #rubric:conflict.time-and-space:-1 #feedback:Deferring the decision to next week sounds like giving it time, but shortening the session on the day he is withdrawing creates distance at the moment when presence was needed. Next week may be an email instead.]
    Cheers. Yeah. Next week. #speaker:Joel
    He is up before you have finished the sentence. #cue
    -> at_the_door

=== at_the_door ===
Joel stands, zips his jacket to the chin, and swings his rucksack onto one shoulder.
Cheers for today. Sorry I was late. Sorry I was a bit all over the place. #speaker:Joel
Three sorries in one hour, from someone who, until today, has apologised to you only once, for crying.
You have a few seconds, perhaps less. His eyes go to the clock, then to the chair, then to the floor, and his thumb works at the strap of his rucksack.
Right. See you, then. #speaker:Joel
At the door he stops with his hand on the handle, and half turns back, as if he has forgotten something. #cue
He looks at the chair he has just left, and at you, and at the door. #cue
Nearly out. Nearly. #thought
* [Take care, Joel. I think today was a hard one, and that's alright. See you next Tuesday. #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-1 #feedback:Friendly, and it lets him leave with the hurt unspoken. He half turned back, which was one more marker and one more chance. A supervisor would ask what you noticed at the door, and why you let it go.]
    ~ bond -= 1
    Yeah. See you. #speaker:Joel
    The door closes quietly. Through the frosted glass you watch his shape go down the corridor, quickly, the way people walk when they are trying not to run. #cue
    -> ending
* [Before you go, Joel, you said you'd email me about the days. If the new rota means changing the time, have you got the address? #rubric:conflict.recognising-rupture:-1 #rubric:conflict.repairing-rupture:0 #feedback:Practical, and it makes it easy for him to move his appointment. But it answers a question he has not asked and makes it easier to cancel than to come back. The thing at the door goes out with him.]
    Yeah. Will do. #speaker:Joel
    He holds up his phone as if to show you he has the address already, and goes. #cue
    Email. Easier than saying it. #thought
    -> ending
* [I hope you know my door's always open, Joel, whatever happened last week and whatever happens on placement. You don't have to carry it alone. #rubric:conflict.recognising-rupture:-1 #rubric:conflict.repairing-rupture:-1 #feedback:Kindly meant, but vague and a little too big. It promises an availability you cannot give, and it waves at last week without asking about it, so the thing between you stays unspoken. Joel hears warmth and no invitation, and leaves being polite about it.]
    Cheers. I know. #speaker:Joel
    He smiles the bright smile from the start of the hour. #cue
    You too. Take care of yourself. #speaker:Joel
    It is what he says to patients when they are being left at home. #thought
    -> ending
* [Joel, before you go. I think my words last week didn't sit right with you, and I've let you be polite about it all hour. I've got two minutes if you have. #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+1 #feedback:Late, but not too late. Naming the rupture at the door, and your part in it, gives Joel a chance to leave heard instead of quietly gone. Inviting the client to talk about the rupture is a 3RS resolution strategy, and even two minutes of it can change whether he comes back.]
    ~ named = "door"
    ~ bond += 2
    He stands there a moment with the door half open. Then he closes it and leans against it, rucksack still on. #cue
    You said the job's asking more than I can give. #speaker:Joel
    I've heard that on every shift this week. Every job. Can I give it. #speaker:Joel
    And you wanted me to go and tell Kath. So she could think it too. #speaker:Joel
    You tell him that is not what you meant, and that you can hear exactly how it came out that way, and that you are sorry he carried it all week on his own. You do not explain the homework. He listens with his eyes on the floor.
    Okay. #speaker:Joel
    Okay. That's... okay. #speaker:Joel
    Can we talk about it properly next week? I've actually got to go. #speaker:Joel
    -> ending

=== what_landed ===
{named == "late":
    The clock says eleven minutes past. He sits back down, the rucksack on his lap like a shield.
}
You said the job's asking more than I can give. #speaker:Joel
Like, maybe I'm not cut out for it. That's what I heard. #speaker:Joel
{opened == "praise":
    And today you said brilliant when I said I'd slept. I hadn't. Four hours. #speaker:Joel
}
{opened == "agenda":
    And then you asked about Kath before I'd got my jacket off. #speaker:Joel
}
He pushes his hands into his jacket pockets, as if he were cold, though the radiator has been ticking all hour. #cue
I nearly didn't come today. I was at the bus stop and I let one go past. Then I thought, that's rude, they'll be sitting there waiting. #speaker:Joel
I've had it in my head all week. Thursday we got a chest pain, fifty-odd bloke in a bookies, and I'm doing his obs and in my head it's going, can you give it, can you give it, like a metronome. #speaker:Joel
He was fine. I was fine. I did everything right. Mo said good job. But it was there the whole time, and it's there now. #speaker:Joel
He says it to the floor, fast, to get it out before he can stop himself. #cue
And then, like, if I go and tell Kath I froze, she's going to think it too. Because you'd know, wouldn't you. You're the expert. If you think it, she'll think it. #speaker:Joel
Said it. Can't unsay it now. #thought
* [So all week you've carried that I think you can't hack it, onto every job. I'm sorry my words put it there. What's it been like? #rubric:conflict.repairing-rupture:+2 #rubric:conflict.listening-without-defence:+2 #feedback:You reflected exactly what he heard, acknowledged your part in a sentence without excess apology, and invited more before explaining anything. These are the 3RS resolution strategies in their natural order. Joel gets to finish, which is what makes the explanation possible later.]
    ~ repaired = true
    ~ bond += 1
    He looks up, surprised you have not argued. #cue
    Rubbish, to be honest. #speaker:Joel
    Because you're the one person I've told about the stairs. Mum thinks I'm fine. Kath thinks I'm fine. The crew think I'm the funny one. #speaker:Joel
    You're the only one who knows I'm not. So if you think I can't do it, maybe that's what's true. #speaker:Joel
    He stops, and presses his lips together. #cue
    -> what_i_meant
* [Can I check? I think I said "more than anyone could give". I meant anyone would struggle after a job like that. #rubric:conflict.repairing-rupture:+1 #rubric:conflict.listening-without-defence:-1 #feedback:Clarifying a misunderstanding is a 3RS strategy, and what you meant is worth him knowing. But correcting the words before you have heard how they landed puts the mistake in his hearing rather than in the exchange between you. Listen first, then clarify.]
    ~ clarified = true
    Right. Anyone. #speaker:Joel
    He nods slowly. #cue
    Okay. I must've heard it wrong, then. #speaker:Joel
    He rubs his thumb along the seam of his rucksack, back and forth, back and forth. #cue
    Anyone. Fine. Still felt like me, though. All week it felt like me. #speaker:Joel
    He says the last part so quietly that you nearly miss it. #cue
    Then he sits up, and nods, and gives you the quick, competent smile you have seen him give when he is describing a job that went well. #cue
    So it's my ears that are the problem. Great. #thought
    -> the_risk
* [I don't think I said that, Joel. I've only ever told you how well you're doing on placement, and I'd never want you to hear otherwise, not for a minute. #rubric:conflict.repairing-rupture:-2 #rubric:conflict.listening-without-defence:-2 #feedback:You argued the facts of his complaint before hearing it, which is the defence the 3RS and the article both warn against. Whatever the exact words were, Joel heard them, carried them for a week and took a risk in telling you. He learns that telling you costs more than keeping quiet.]
    ~ slipped = "defended"
    ~ bond -= 1
    Yeah. No. Probably heard it wrong. #speaker:Joel
    Forget it. #speaker:Joel
    -> second_chance
* [Oh, Joel, I'm so sorry. That's the last thing I'd ever want you to think, and I feel awful that you've carried it all week. #rubric:conflict.repairing-rupture:-1 #rubric:conflict.listening-without-defence:-1 #feedback:Sincere, and acknowledging your part is right, but the weight falls on how you feel. Joel, who looks after people for a living, does what he does and looks after you. An apology that asks the client to comfort the therapist is one the 3RS and the rubric both count as a missed repair.]
    ~ slipped = "apologised"
    No, no, you're alright. Honestly. #speaker:Joel
    It's not your fault. I'm just being soft. #speaker:Joel
    He smiles at you reassuringly, a paramedic's smile, the one for the back of the truck. #cue
    -> second_chance

=== second_chance ===
He reaches for his water bottle and doesn't drink from it. He checks his phone, which has not buzzed, and puts it face down again.
{slipped == "apologised":
    Great. Now I'm looking after my counsellor. #thought
- else:
    Knew it. Shouldn't have said anything. #thought
}
The radiator ticks. The silence is the polite kind, the kind that waits to see whether anyone will mention the thing, and expects that nobody will.
* [Okay. Well, I'm glad you told me what you heard, Joel. Can we get back to the sleep now, and where we'd got to with the diary? #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-1 #feedback:A relieved move on, and the polite silence tells you the rupture is still open. Joel raised it, your first answer went wrong, and now the subject closes. He will not raise it twice.]
    ~ bond -= 1
    ~ kath = "sleep"
    Yeah. Sleep. #speaker:Joel
    He answers your next questions carefully and correctly, like a student in an assessment. #cue
    -> the_risk
* [I think I just did it again. You told me something hard, and I made it about {slipped == "defended":my words|my feelings}. I'd rather hear how it's been for you. #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+2 #feedback:You caught your own misstep and named it in the moment, which is exactly what the 3RS means by acknowledging the therapist's part. A second rupture inside the repair is common, and noticing it is more useful to Joel than getting the first answer right.]
    ~ repaired = true
    ~ slipped = ""
    ~ bond += 1
    He looks at you for a long moment. #cue
    Alright. #speaker:Joel
    It's been rubbish, to be honest. You're the one person I've told about the stairs. Mum thinks I'm fine. Kath thinks I'm fine. #speaker:Joel
    So if you think I can't do it, maybe that's what's true. #speaker:Joel
    -> what_i_meant
* [I really do believe in you, Joel. Whatever my words sounded like last week, nothing you've told me today changes what I think of you. #rubric:conflict.recognising-rupture:-1 #rubric:conflict.repairing-rupture:-1 #feedback:Reassurance meant to undo the sting, but it answers a feeling with a verdict, and it still does not hear what the week was like. Joel thanks you for it and keeps the rest to himself.]
    Cheers. Yeah. #speaker:Joel
    He nods, and looks at the blind. #cue
    -> the_risk

=== what_i_meant ===
He wipes his face with his sleeve, quickly, as if there were rain on it. #cue
Anyway. That's what I heard. #speaker:Joel
Not crying in here twice. Not twice. #thought
* [I meant anyone, honestly, not you. You're doing brilliantly, Joel, and from what you've told me of your shifts, I think you would make a great paramedic. #rubric:conflict.repairing-rupture:0 #rubric:support.honest-feedback:-1 #feedback:The clarification is there, but it is wrapped in praise you are not in a position to give. You have never seen him at work. Generic reassurance, however kind, tells Joel his worry is to be covered over rather than taken seriously.]
    ~ clarified = true
    Yeah. Thanks. #speaker:Joel
    He smiles, and it doesn't reach very far. #cue
    You don't know that. You've never seen me on a job. #thought
* [I'd rather not go back over what I meant, because that would make it about me, and what matters is how it felt to you. Can you say more about that week? #rubric:conflict.repairing-rupture:-1 #rubric:support.honest-feedback:-1 #feedback:It sounds client-centred, and at another moment inviting more would be right. But he has now been heard, and he has asked, in effect, whether you think he can do this job. Declining to say leaves the misunderstanding in place, and the 3RS counts clarifying as one of the ways through.]
    Right. #speaker:Joel
    He frowns. #cue
    So you did mean it. #thought
* [Can I say what I meant, now I've heard how it landed? That job, those kids on the stairs, is too much for anyone to carry alone. Not you. Anyone. #rubric:conflict.repairing-rupture:+2 #rubric:support.honest-feedback:+2 #feedback:Clarifying the misunderstanding, after he has been heard, with permission, and in terms of his interests. The same words would have been a defence ten minutes ago; now they answer the question he has just asked. Joel gets the difference between anyone and you, which is the difference that mattered.]
    ~ clarified = true
    ~ bond += 1
    ~ goal += 1
    He tilts his head, as if listening to the sentence again. #cue
    Anyone. #speaker:Joel
    That's... different, yeah. That's different. #speaker:Joel
    Too much for anyone. Not too much for me. #thought
* [What I was getting at, honestly, was whether you might need some time off placement to recover. I still wonder about that. Have you thought about it? #rubric:conflict.repairing-rupture:-2 #rubric:support.honest-feedback:-2 #feedback:You may believe it, but said now it confirms the fear he has just told you about, and it steers a decision about his training that is his to make and that you have not explored. This turns a misunderstanding into a verdict. Honest feedback takes the worry seriously without overstating the problem.]
    ~ bond -= 2
    ~ repaired = false
    He goes very still. #cue
    Time off. Right. #speaker:Joel
    So it was exactly what I heard. #thought
- -> the_risk

=== the_risk ===
{repaired:
    He sits back and, for the first time today, unzips his jacket all the way.
    The thing is, telling Kath isn't like telling you. #speaker:Joel
- else:
    He is quiet for a while. He looks at the door, and then at the clock, and then, because neither of them helps, back at you. When he speaks, it is flat, as if he were reading from a card.
    Look. Telling Kath isn't like telling you, alright. #speaker:Joel
}
If I tell her I froze, she has to write it down. Then it's a concern. Then it's occupational health. Then maybe I'm off the road while someone decides if I'm safe. Halfway through second year. #speaker:Joel
And if I'm off the road I'm not getting my hours, and if I'm not getting my hours I'm not progressing, and then it's a whole thing with the bursary. I'm not being dramatic. That's just how it works. #speaker:Joel
When Ollie told her he was struggling after a paediatric job, she said good on you for speaking up. Fair enough. #speaker:Joel
He pauses, and decides to say the rest. #cue
I'm the only Black student on that placement. My cousin Shanice did nursing. She asked for help once, in second year, and by the end of the month she had a cause-for-concern form for her attitude. #speaker:Joel
I'm not being paranoid. I'm being careful. #speaker:Joel
Shanice is a ward sister now. She's brilliant. She still won't tell anyone at work when she's had a bad day. She says she learned that in second year. #speaker:Joel
Shanice would kill me for telling anyone that. #thought
* [That's a lot of risk to carry on your own. Is there someone else you would feel safer telling, like occupational health, or the trust's peer support scheme? #rubric:conflict.repairing-rupture:-1 #rubric:power.cultural-humility:-1 #feedback:Practical, and the wish to find him support is right. But it skips past what he has just told you about race and risk, and sets new homework in place of the old, which is the move that started this. Validate the stance first, and let any next step come from him.]
    ~ task -= 1
    Occ health goes through Kath. That's the whole point. #speaker:Joel
    He rubs his forehead. #cue
    Not listening. Still fixing. #thought
* [I'm sure Kath would treat you the same as anyone else, Joel. That's her job, and from what you've said about Ollie, she sounds really supportive. #rubric:conflict.repairing-rupture:-2 #rubric:power.cultural-humility:-2 #feedback:Reassuring, and perhaps true of Kath, but it dismisses what he has just told you about his cousin, his placement and his position. Joel hears that his reading of his own situation is wrong. A supervisor would ask you to take a client's account of how institutions treat people like him as information, not as a distortion.]
    ~ bond -= 1
    ~ repaired = false
    Yeah. Maybe. #speaker:Joel
    He zips his jacket back up. #cue
    Told you. Lovely. #thought
* [Thank you for telling me. Can I ask, is it hard to say this to me? I'm part of a system too, and I'm the one who suggested going to Kath in the first place. #contested #rubric:conflict.repairing-rupture:+1 #rubric:power.cultural-humility:+1 #feedback:Bringing the relationship itself into the room, including the difference in where the two of you stand, can deepen trust, and many supervisors would welcome it as immediacy and as broaching difference. Others would say it moves the spotlight to the therapist at the moment Joel is describing his own risk, and that his stance needs validating before the relationship is examined. Both views are defensible, which is why this is a judgement call.]
    ~ repaired = true
    ~ bond += 1
    He considers it, head on one side. #cue
    A bit. Yeah. #speaker:Joel
    You're alright, though. You asked. Most people don't ask. #speaker:Joel
    My mum says keep your head down till you qualify, then you can be as human as you like. #speaker:Joel
* [So the step I made sound simple is a real risk for you, in a way it isn't for Ollie. I hadn't seen that. Your caution makes sense. #rubric:conflict.repairing-rupture:+2 #rubric:power.cultural-humility:+2 #feedback:You validated his stance as reasonable rather than as anxiety to be reduced, took seriously what he told you about being the only Black student there, and owned the gap in your own thinking. Validating the client's position and acknowledging your part are both 3RS strategies, and here they are one sentence.]
    ~ repaired = true
    ~ bond += 1
    ~ task += 1
    He looks at you properly, for the first time in the hour. #cue
    Yeah. That's it. That's exactly it. #speaker:Joel
    My mum said the same thing. Keep your head down till you qualify, then you can be as human as you like. #speaker:Joel
    He laughs, and this time it is a real one, short and tired. #cue
- -> the_pattern

=== the_pattern ===
{repaired:
    He rubs the back of his neck, and looks at the floor, and then back at you. #cue
    I do this, though, don't I. Go all smiley. #speaker:Joel
- else:
    And then, as if someone has flicked a switch, he is bright again. #cue
    Anyway. Listen to me, moaning. It's fine. It'll be fine. #speaker:Joel
    He hears himself, and stops, and half laughs. #cue
    Mum says I do that. Go all smiley. #speaker:Joel
}
Mum says I've done it since I was about six. Something goes wrong at school, and I come home doing impressions of the teachers. #speaker:Joel
On the truck it's useful, to be fair. Patient's scared, you make them laugh, they calm down. Kath wrote it on my last assessment. Excellent rapport with patients and families. #speaker:Joel
He turns the water bottle round once in his hands. #cue
I did Kath for Mo on Saturday. Her clipboard voice. The whole crew room was crying. #speaker:Joel
So today I came in here doing impressions. #speaker:Joel
Don't make it a thing. Or do. I don't know. #thought
* [Keeping it light has kept you safe at home and on the truck. This week it kept you safe from me, after what I said hurt. You don't have to do it in here. #rubric:conflict.repairing-rupture:+2 #rubric:support.honest-feedback:+2 #feedback:You linked what happened between you today to a pattern he already knows in his life, which the 3RS counts among the deeper resolution strategies, and you named the pattern with respect for what it does for him. Joel hears that his way of coping is understood, not diagnosed, and that this room can be different.]
    ~ bond += 1
    ~ goal += 1
    He is quiet for a while. #cue
    Yeah. #speaker:Joel
    Shanice says that. Find one person you don't have to be funny with. She says hers is her cat. #speaker:Joel
    He smiles, a small, real one. #cue
    Better than a cat, I suppose. Just about. #speaker:Joel
* [What do you think would happen, Joel, if you stopped keeping it light? Who would see? #rubric:conflict.repairing-rupture:+1 #rubric:support.honest-feedback:+1 #feedback:A good, open question that invites Joel to look at the pattern for himself, and his answer is worth hearing. It takes the pattern out into his life, though, and misses the chance to link it to what happened between the two of you today, which is where the repair lives.]
    He thinks about it seriously. #cue
    People would see. And then they'd be careful round me. #speaker:Joel
    And then I'd be the one they're careful round. The one who might go. #speaker:Joel
* [You don't need to be smiley in here, Joel. You're allowed to come in tired, or fed up, or sad. You can just be yourself with me. #rubric:conflict.repairing-rupture:0 #rubric:support.honest-feedback:-1 #feedback:Well meant, and the message that he is welcome as he is matters. But it tells him what to do rather than wondering with him, and it skates over the part you played in why he came in smiling today. Permission is easier to believe when it comes with an acknowledgement.]
    Yeah. Course. #speaker:Joel
    He smiles, keeping it light. #cue
    Just be yourself. Easy for you to say. #thought
* [It sounds like the humour might be a defence, doesn't it? A way of making sure you never have to feel things in front of anyone, even the people who love you. #rubric:conflict.repairing-rupture:-1 #rubric:support.honest-feedback:-2 #feedback:There may be truth in it, but said like this it is a label, delivered as an expert finding, about something he has just offered you as a confidence. Honest feedback names a pattern tentatively and invites his view. Joel hears a diagnosis, and learns that showing you himself gets him analysed.]
    ~ bond -= 1
    Right. Yeah. Probably. #speaker:Joel
    He nods, slowly, as if you have read him a result. #cue
    Thanks, doc. #speaker:Joel
    Noted. Don't show them anything. #thought
- -> what_now

=== what_now ===
{kath == "sleep":
    You come back to sleep, as you said you would, and he answers, and it is almost like an ordinary session.
}
He turns his water bottle round in his hands. #cue
So what do I do, then? Just not tell anyone, and carry on? #speaker:Joel
He says it half joking, and not joking at all. #cue
Because that's what I've been doing, and it's not exactly working, is it. The stairs are still there. The bookies bloke was fine and I still went home and sat in the shower for forty minutes. #speaker:Joel
He is asking you, and waiting, the way he waited at the end of last week. #cue
Four hours Sunday. Three on Monday. Something's got to give. #thought
* [Okay. Let's go back to the sleep work, then, the way we planned it at the start, and leave Kath out of it altogether. That feels safer for you. #rubric:conflict.repairing-rupture:0 #rubric:autonomy.collaborative-goals:-1 #feedback:Changing the task is one of the 3RS strategies, and going back to the sleep is sensible. But you decided it for him, and told him what feels safe, at the moment when asking him would have shown that the relationship had changed. He follows along, helpfully.]
    ~ kath = "sleep"
    Yeah. Alright. Sleep. #speaker:Joel
    He gets out the sleep diary he said he had left at home, blank since last week, and smooths the page. #cue
* [That homework was mine, not yours. Let's drop it. What do you want these sessions to be for now? #rubric:conflict.repairing-rupture:+2 #rubric:autonomy.collaborative-goals:+2 #feedback:Changing the task is a 3RS resolution strategy, and you did it by handing the choice back rather than replacing one plan of yours with another. He asked what to do; the answer that repairs is a question back that he can really answer. Collaborative goals, in the Working Alliance sense, are the repair as well as the plan.]
    ~ kath = "dropped"
    ~ task += 1
    ~ goal += 1
    He thinks about it properly, frowning. #cue
    The stairs. I want to stop seeing the stairs. #speaker:Joel
    And I want to get through placement. In here, first. Not out there. Not yet. #speaker:Joel
    Maybe when I've qualified I'll tell everyone. Write a blog. #speaker:Joel
    He almost smiles. #cue
* [Can I offer something, and you tell me if it's another bad idea? There may be routes that don't go through Kath, like your union rep or the university. It's your call. #contested #rubric:conflict.repairing-rupture:+1 #rubric:autonomy.collaborative-goals:+1 #feedback:Offering information with permission, and leaving the decision with him, respects his autonomy, and some supervisors would say he deserves to know his options. Others would say that so soon after he explained why the first suggestion felt dangerous, a new version of it tells him you have not quite let go, and the next task should come from him. Both readings are fair.]
    ~ kath = "offered"
    ~ task += 1
    Union rep. #speaker:Joel
    Huh. I hadn't thought of that. Mo's the rep, actually. Mo who reversed into the bins. #speaker:Joel
    He laughs, properly. #cue
    Maybe. Not this week. Can we just do the stairs this week? #speaker:Joel
* [I still think someone at work should know. Could we find a way to tell Kath that doesn't sound like you're not coping? #rubric:conflict.repairing-rupture:-1 #rubric:autonomy.collaborative-goals:-2 #feedback:Persistent and well meant, but it returns to your plan the moment the rupture about that plan has been aired. Joel hears that his reasons were noted and overruled. A repair that ends with the same task, unchanged, has not changed anything.]
    ~ kath = "pushed-again"
    ~ bond -= 1
    ~ task -= 1
    Yeah. Maybe. #speaker:Joel
    He looks at the clock. #cue
    I'll think about it. #speaker:Joel
    Same thing, nicer words. #thought
- -> closing

=== closing ===
{named == "late":
    It is twenty past six. The hour is gone, and you have two minutes at most.
- else:
    It is ten past six. Ten minutes left.
}
The hour has gone faster than any so far. Out in the corridor someone is stacking chairs for the evening group, one on top of another, a slow clatter.
Joel puts his water bottle back in his rucksack, and then, after a moment, takes it out again, as if he is not quite ready to be packed up. #cue
{repaired:
    He meets your eye, which he has not managed for most of the hour, and holds it. #cue
}
Nearly done. Didn't die. #thought
{repaired:
    He looks lighter than when he came in, and more tired. #cue
- else:
    He looks the way he did when he came in: bright, and somewhere else. #cue
}
* [I'm really glad we've talked, Joel. It took courage to say all that. Same time next week, and we'll start with the stairs? #rubric:support.checking-in:-1 #rubric:trust.safety-for-openness:-1 #feedback:A warm close, and the courage was real, but you have announced how the hour went rather than asking him. Joel may not be as clear as you are, and a tidy ending makes it harder for him to say otherwise.]
    Yeah. Same time. #speaker:Joel
    He nods, and zips his jacket back up to the chin. #cue
    Talked. Done. Is it? #thought
* [Next time something I say bothers you, it would really help if you told me that day, rather than going quiet for a week. Does that sound fair? #rubric:support.checking-in:-1 #rubric:trust.safety-for-openness:-2 #feedback:You are right that it helps, but this frames his withdrawal as a mistake he made, and puts the job of repair on him. A week of carrying your sentence alone was not a failure of his. He hears a telling-off, and will be more careful next time about what he shows.]
    ~ bond -= 1
    Yeah. Sorry. #speaker:Joel
    He looks at his trainers. #cue
    Noted. #thought
* [How has it been, talking about this with me? If something I say lands wrong again, I want to hear it. #rubric:support.checking-in:+2 #rubric:trust.safety-for-openness:+2 #feedback:A genuine check on how the hour has landed, and an explicit invitation to bring feelings about the therapy into the room. The 3RS calls ruptures that go unspoken the ones that end therapies. Joel hears that telling you is not a risk here, which is the point the whole session has been making.]
    ~ door_open = true
    ~ bond += 1
    He thinks about it. #cue
    {repaired:
        Weird. Good weird. #speaker:Joel
        I thought you'd be offended. Or write me up. #speaker:Joel
        He laughs at himself, and then stops. #cue
        I'll say. Next time. I'll try. #speaker:Joel
    - else:
        Fine. Yeah. It was fine. #speaker:Joel
        He pauses at the word, and you both hear it. #cue
        Maybe not fine. I'll think about it. #speaker:Joel
    }
* [Before you go, how are you feeling now, compared with when you came in? You looked pretty tense when you first sat down, and you kept your jacket on. #rubric:support.checking-in:+1 #rubric:trust.safety-for-openness:0 #feedback:A check-in, and a fair one, but it asks about his mood rather than about the two of you. After an hour like this one, the question worth asking is how it has been to talk about it with you, and whether he can say so next time.]
    Alright. Tired. #speaker:Joel
    He shrugs, not unkindly. #cue
    Tired's allowed, isn't it. #speaker:Joel
- -> ending

=== ending ===
{named == "door": -> said_at_the_door}
{named == "": -> fine_thanks}
{repaired and bond >= 4 and (kath == "dropped" or kath == "offered"): -> same_side}
{repaired and bond >= 2: -> mended_for_now}
-> gone_quiet

= same_side
Joel stands. Somewhere in the last half hour he took his jacket off and hung it on the back of the chair nearest the door, and neither of you noticed when. He puts it on now, one arm and then the other, without hurrying.
At the door he stops. #cue
Same time next week. I'm bringing the stairs. #speaker:Joel
{kath == "offered":
    And I might look up the union thing. Might. #speaker:Joel
}
The following Tuesday he is ten minutes early. He hangs his jacket on the back of the chair nearest the door and tells you the radiator sounds like a defib charging. He has drawn the kitchen, badly, on the back of a placement form, the stairs in the corner with two small circles on them, and he wants to start there.
Three weeks later he tells you, almost in passing, that he has started sleeping through till six on the nights before a day shift. Not every night. Most.
In supervision you talk about the sentence, and how anyone became you, and about all the ways a client can tell you something has gone wrong without saying a word. #ending:Back on the same side
-> END

= mended_for_now
Joel goes at twenty past, on time, with a nod that is almost the old one. He takes the sleep diary with him this time, folded into his back pocket.
See you next week. #speaker:Joel
He comes the following Tuesday, and the one after. He does not mention the sentence again, and neither do you, and some weeks the brightness comes back for the first ten minutes.
The stairs come up less often. The sleep diary comes back, filled in, though not every night. He passes his mid-placement review, and tells you about it at the start of a session, quickly, and then moves on.
{door_open:
    In the fourth week he says, halfway through, that's the kind of thing you said before, and you stop, and he tells you why. #cue
}
You notice that you have stopped giving him homework, and wonder whether that is respect or caution. You notice, too, that he has stopped asking how your week was.
In supervision you talk about what was repaired and what was only put away, and how you will know the difference. #ending:Mended, for now
-> END

= gone_quiet
Joel thanks you at the door, precisely and warmly, and shakes your hand, which he has never done before.
On Monday an email comes through the service's inbox. He is really grateful for everything, he is doing much better, and with placement he thinks he will leave it there for now.
The sleep diary, blank since last week, is in your in-tray, where he left it on the table. On the first page, in his neat report-form capitals, are the hours he slept in January: four, four, five, three, seven. The seven is underlined twice.
{kath == "pushed-again":
    He never did speak to Kath.
}
You write back, through the service, that his place is there if he wants it, and that you would welcome the chance to talk about how the last session was for him. He does not reply.
In supervision you go back over the hour and find the places where he told you, without saying it, that something was wrong: the jacket, the yes, the stairs he stopped mentioning. He did tell you. He just did it the way he had learned was safe. #ending:He goes quiet
-> END

= fine_thanks
Joel is gone before the hour is up.
On Monday an email comes through the service's inbox. He is really grateful for everything, he is sleeping much better, and with placement being so busy he thinks he will leave it there for now. Thanks again. Joel.
You read it twice. Nothing in it is rude. Nothing in it mentions last week, or Kath, or the stairs.
You think of the jacket he never took off, the yes he said too quickly, the sister's results on the fridge, the question about whether he was doing alright. Each of them was a door, and each time he held it open a little longer than he needed to.
You write back, through the service, that his place is there if he wants it. The reply is a thumbs-up, sent from his phone at ten past three in the morning.
{kath == "pushed":
    He never did speak to Kath.
}
Nine weeks of work, and the last thing in his file is a thumbs-up.
You think about the fifth session, when he told you the whole job and cried and apologised for crying, and about how much it must have cost him to trust you with that, and how little, in the end, it took to make him careful again.
Months later, writing up your notes for supervision, you still do not know whether he is sleeping, or whether he stopped because of one sentence that he heard differently from how you said it. #ending:Fine, thanks
-> END

= said_at_the_door
He goes a few minutes after the hour, with the door closed gently behind him.
Next Tuesday he is on time, which for Joel means early. He says nothing about the radiator. He keeps his jacket on for the first ten minutes, and then he takes it off, and tells you the rest: the placement, his cousin Shanice, why telling Kath felt like the most dangerous thing you could have asked him to do. He says he nearly did not come back at all, and that the two minutes at the door were the reason he did.
In supervision you talk less about the sentence than about why it took until the door to ask. #ending:Said at the door
-> END
