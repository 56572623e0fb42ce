// Two Thursdays. A foundations scenario spanning two sessions.
// Amardeep "Deep" Singh Bhogal, 44, taxi driver, referred by his GP after a racist assault at the lights.
// Session 1: contracting, confidentiality and its limits, listening, goals.
// One week later, session 2: what the trainee said, promised and missed changes how he arrives and what he brings.

VAR bond = 0
VAR task = 0
VAR goal = 0

VAR opened = ""        // how session 1 began: label, forms, incident, reassure
VAR conf = ""          // how confidentiality was explained: clear, promise, jargon, warned
VAR dastaar = false    // the trainee heard what the dastaar means to him
VAR plan = ""          // how the goals were set: his, gp, vague, asked
VAR close1 = ""        // how session 1 ended: checked, homework, quick, praise
VAR told = false       // he told you about Sunday night
VAR corrected = false  // a wrong account of confidentiality was put right in session 2
VAR letter = ""        // the licensing letter: consent, opinion, refused, phone

-> s1_arrival

=== s1_arrival ===
Session 1.
Thursday, ten to five. Room 2 at the talking therapies service in the health centre on Foleshill Road, Coventry. Outside, the school traffic is thinning.
Your first appointment with Amardeep Singh Bhogal. The GP's referral is two lines long. Road incident six weeks ago. Anger management, please.
He arrives on the minute, in a navy fleece with the taxi firm's logo on it. His dastaar is dark blue, tied neat and tight. He takes the chair nearest the door and keeps his car keys in his hand.
Call me Deep. Everyone does. #speaker:Deep
He nods at the letter on your desk. #cue
So. The doctor says I need anger management. Go on, then. Manage me. #speaker:Deep
He smiles as he says it, with his mouth only. #cue
Sixteen years on the taxis, one complaint, and that was about the air freshener. Now I'm a referral. #thought
* [Welcome, Deep. Before we begin, there are two short questionnaires about mood and sleep that we ask all new clients to fill in at the start, so we can see where things are. They only take five minutes. #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:-1 #rubric:autonomy.collaborative-goals:-1 #feedback:The questionnaires matter, but leading with them steps straight over the joke he has just made about being managed. Deep hears that the label will be processed rather than talked about, and he fills the forms in the way he would give a statement. Respond to the sting first, then bring in the paperwork once he feels heard.]
    ~ opened = "forms"
    Forms. Course there are. #speaker:Deep
    He ticks through the mood questionnaire fast, pressing hard. Nearly every answer is in the middle column. #cue
    Middle of everything. Give them nothing to write down. #thought
* [You don't come across as an angry person at all, Deep. I'm sure this won't take long. #rubric:trust.active-listening:-2 #rubric:trust.safety-for-openness:-1 #rubric:autonomy.collaborative-goals:-1 #feedback:Kindly meant, but it is blanket reassurance about a man you met a minute ago, and it decides the length of the work before he has said what he wants. Deep hears that the angry part of him had better stay outside. Reflect the sting of the label instead of arguing with it.]
    ~ opened = "reassure"
    ~ task -= 1
    He laughs, once. #cue
    You haven't seen the video, then. #speaker:Deep
    If I'm the nice man in here, where do I put the rest of it? #thought
* [I don't think of it as managing you at all. It sounds like something happened that matters a great deal, so why don't you start by telling me exactly what happened at the lights? #rubric:trust.active-listening:0 #rubric:autonomy.collaborative-goals:-1 #rubric:trust.safety-for-openness:-1 #feedback:Disowning the label helps, but you go straight for the hardest part before he knows what this room is for or who reads the notes, and he has a hearing coming. Deep hears a request for a statement. Agree what the session is for, and how private it is, before asking for the story.]
    ~ opened = "incident"
    He sits back. #cue
    Straight in, then. Like the police. #speaker:Deep
* [Manage you. It sounds like that word stings a bit. I'd rather hear your account first, before the GP's. #rubric:trust.active-listening:+2 #rubric:trust.safety-for-openness:+1 #rubric:autonomy.collaborative-goals:+1 #feedback:He made a joke of the referral, and you heard the sting under it and made room for his account rather than the GP's. Deep learns in the first minute that this room will start from what he thinks. With a client who came in smiling with his mouth only, that is active listening in its plainest form, and the start of an agenda set together.]
    ~ opened = "label"
    ~ bond += 1
    He looks at you properly for the first time. #cue
    How I see it. #speaker:Deep
    He puts the keys down on the arm of the chair. #cue
    I see a man who knocked my dastaar off at the lights, and I'm the one with the doctor's letter. #speaker:Deep
- -> s1_confidentiality

=== s1_confidentiality ===
He leans forward, elbows on his knees. #cue
Before I say anything else. The council's got my licence under review because of the video. There's a hearing. #speaker:Deep
So who reads what I tell you? Does it go to the council? The police? The firm? #speaker:Deep
My cousin says these places write everything down and send it on. #thought
* [That's a really fair worry, with a hearing coming, so let me put your mind at rest about what happens here. Nothing you say in here leaves this room. Not to the council, not to the firm, not to the police. You have my word on that. #rubric:boundaries.confidentiality:-2 #rubric:trust.clear-expectations:-1 #rubric:trust.safety-for-openness:0 #feedback:It is what he wants to hear, and it is not true. Serious risk of harm, a court order and supervision are real limits, and a promise of absolute secrecy is exactly what the confidentiality criterion warns against. Deep relaxes now, and the promise will be waiting for you the first time he says something near those limits.]
    ~ conf = "promise"
    ~ bond += 1
    His shoulders drop an inch. #cue
    Good. That's good. #speaker:Deep
    {opened != "label":
        He puts the keys down on the arm of the chair. #cue
    }
    Nothing leaves the room. Right, then. #thought
* [Good question. There are some exceptions, around safeguarding, serious risk and our legal obligations, and they're all set out in this leaflet. Read it through, and sign the consent form at the bottom, so we can make a proper start. #rubric:boundaries.confidentiality:+1 #rubric:trust.clear-expectations:-1 #rubric:trust.safety-for-openness:-1 #feedback:Accurate as far as it goes, but the limits are hidden in jargon and a leaflet just when a worried man has asked a direct question. Deep signs because you asked him to, not because he understands what he has agreed to. Say the limits in ordinary words, and check that he has heard them.]
    ~ conf = "jargon"
    He signs the form without reading it and folds the leaflet into his fleece pocket. #cue
    Safeguarding. Legal obligations. #speaker:Deep
    That could mean anything. #thought
* [Plainly, then. It stays between us, not the council, the firm or the police. Four limits: if someone is at serious risk of harm, where I'd tell you first if I could; a court order, which is rare; my supervisor; and, if you agree, a line to your GP saying you've started. #rubric:boundaries.confidentiality:+2 #rubric:trust.clear-expectations:+2 #rubric:trust.safety-for-openness:+1 #feedback:Plain, complete and honest. He asked who reads it before saying anything, and now he knows what stays private, the real limits and the GP letter before he has said anything he might regret. This is the explanation of limits the APA and ACA codes ask for at the outset, in ordinary words, and it lets a man facing a licensing hearing decide for himself what to tell you.]
    ~ conf = "clear"
    ~ bond += 1
    ~ task += 1
    He listens without moving, then sits back. #cue
    Serious risk. Court. Supervisor. GP letter. #speaker:Deep
    He counts them off on his fingers, the way he might check change. #cue
    Four things. I can work with four things. #speaker:Deep
    A straight answer. First one since the lights. #thought
* [I'll be honest with you, because it matters with a hearing coming. If you tell me anything about violence, or anything serious, I might have to pass it on. So it's probably best to be a bit careful what you say to me about the incident. #rubric:boundaries.confidentiality:-1 #rubric:trust.safety-for-openness:-2 #rubric:trust.clear-expectations:-1 #feedback:Honest in intent, but an anxious and inaccurate account of the limits. An incident the police have already dealt with is not something you would have to report, and telling him to be careful teaches him to edit himself in the one place he most needs not to. Know the service's real limits well enough to say them calmly.]
    ~ conf = "warned"
    ~ bond -= 1
    ~ task -= 1
    He sits very still. #cue
    Right. #speaker:Deep
    {opened == "label":
        He picks his keys back up. #cue
    }
    Careful. Then I'll be careful. #thought
- -> s1_story

=== s1_story ===
{conf == "warned":
    He tells it like a statement, in order, with the times.
    Tuesday, six weeks ago, half six. A van pulled out on me on Foleshill Road and I gave him the horn. At the lights he came to my window and said things. Then he reached in and my dastaar came off. #speaker:Deep
    My dad tied my first one. I was eleven. Front room, Mum filming on the camcorder. #speaker:Deep
    Then I got out, and there was shouting, and the police spoke to both of us. No further action for me. There's a video. People have seen it. #speaker:Deep
    He stops there. He does not say what he did. #cue
    The bonnet. Don't say the bonnet. #thought
- else:
    Tuesday, six weeks ago. Half six, still light. A white van pulled out on me on Foleshill Road and I gave him the horn. That's all. The horn. #speaker:Deep
    At the lights he gets out and comes to my window. He calls me what they used to call my dad in the eighties. Then he reaches in and knocks my dastaar half off. In front of a whole bus queue. #speaker:Deep
    His hand goes to the fold above his ear, checks it, and comes down again. #cue
    My dad tied my first one. I was eleven. Front room, Mum filming on the camcorder. Thirty-three years, and nobody's ever touched it. #speaker:Deep
    I retied it in the rear-view mirror and my hands wouldn't work. Then I got out. I shouted. I brought my fist down on his bonnet so hard I dented it. #speaker:Deep
    Somebody at the bus stop filmed that bit. Only that bit. Angry taxi driver loses it on Foleshill Road. Eleven thousand views. My daughter's seen it. #speaker:Deep
    He looks at his right hand. #cue
    I've never hit anything in my life. And I wanted to do more than dent a van. That's what I can't get past. #speaker:Deep
    Eleven thousand views. Not one of them saw his face. #thought
}
* {conf != "warned"} [He knocked off the dastaar your dad first tied, in front of a bus queue, and only your part got filmed. It sounds like you're carrying both halves: the attack on you, and how far you wanted to go. #rubric:trust.active-listening:+2 #rubric:power.cultural-humility:+2 #rubric:trust.safety-for-openness:+1 #rubric:autonomy.collaborative-goals:0 #feedback:You reflected both halves of a mixed message, the attack on him and his fear of what he wanted to do, and you named what the dastaar means in his own words, his father's hands, rather than as a general fact about Sikhs. Deep hears that you can hold both without taking a side. That is active listening at its most useful, and cultural humility that follows the client's meaning.]
    ~ dastaar = true
    ~ bond += 1
    He is quiet for a long moment. #cue
    Both. Yes. #speaker:Deep
    Everyone picks one. My brother-in-law says I should have sorted him out properly. The GP says anger. Nobody says both. #speaker:Deep
* [That sounds like it was a frightening moment, and you're clearly still carrying it. When the anger rose at the lights, what did you notice in your body first, before you got out of the car? #rubric:trust.active-listening:-2 #rubric:power.cultural-humility:-1 #rubric:trust.safety-for-openness:-1 #rubric:autonomy.collaborative-goals:-1 #feedback:A reasonable question for later work, but here it skips past a racist assault, his father and the dastaar, and files the whole story under anger, the label he came in resenting. It also starts a technique he has not agreed to. Stay with what he has just told you before reaching for tools.]
    ~ bond -= 1
    In my body. #speaker:Deep
    He looks at the GP's letter on your desk. #cue
    Hot, I suppose. Like anyone. #speaker:Deep
    Anger. It's all going to be anger in here. #thought
* [Honestly, Deep, anyone would have reacted the same way after what he said and did to your dastaar. He had it coming, and it sounds like you've been far too hard on yourself about it. #rubric:trust.active-listening:-1 #rubric:power.cultural-humility:0 #rubric:trust.safety-for-openness:-1 #rubric:autonomy.collaborative-goals:0 #feedback:Taking his side feels like solidarity, but it answers only half of what he said and closes the door on the half that frightens him, that he wanted to do more than dent a van. Deep hears that his shame is not needed here, so he keeps it to himself. Reflect both the injustice and his fear of his own reaction, without ruling on either.]
    He nods, but he doesn't look relieved. #cue
    That's what my brother-in-law says. #speaker:Deep
    Then why can't I sleep? #thought
* [Can I ask what the turban means in your religion, and what it meant to have it touched like that? I want to be sure I understand it properly rather than assume. #rubric:power.cultural-humility:0 #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:0 #rubric:autonomy.collaborative-goals:0 #feedback:Curiosity rather than assumption is a good instinct in general, but he has just told you what it means to him, his father's hands in the front room, and the question turns his story into a lesson about his religion while he is still shaking. It also misnames it. Follow the meaning he has already given you.]
    He hesitates. #cue
    It's a dastaar. And I just told you. My dad tied it. #speaker:Deep
    He says it evenly, as if he has said it many times before. #cue
    Here we go. The RE lesson. #thought
* {conf == "warned"} [He knocked off the dastaar your dad first tied for you, in front of people, and now there's a video. I noticed you stopped just before your own part. You don't have to tell me today. #rubric:trust.active-listening:+2 #rubric:power.cultural-humility:+2 #rubric:trust.safety-for-openness:+1 #rubric:autonomy.collaborative-goals:0 #feedback:You heard what the dastaar means to him in his own words, and you noticed the gap in the story without prying into it. After being told to be careful, he needs permission not to say it yet, and that is what makes it possible for him to say it later. Active listening includes hearing what is left out.]
    ~ dastaar = true
    ~ bond += 1
    He looks at you, surprised. #cue
    Not today, no. #speaker:Deep
    But you heard the bit about my dad. #speaker:Deep
- -> s1_home

=== s1_home ===
{dastaar:
    He breathes out, and keeps going, faster now.
}
Since then I don't sleep. I lie there and it plays. The lights, the bus queue, his face. Four, five times a night. #speaker:Deep
I grip the wheel so hard my hands ache by dinner time. I've stopped doing Friday nights in town, and that's my best money. #speaker:Deep
And at home I'm short with everyone. Jas, my eldest, she's seventeen, she said last week, Dad, you're scaring Mum. #speaker:Deep
He laughs. #cue
Kids, eh. Dramatic. #speaker:Deep
He looks at the window. #cue
She wasn't being dramatic. Simran flinched when I slammed the cupboard door. I saw her. #thought
* [Seventeen-year-olds can be very dramatic, can't they? I'm sure she didn't really mean it, and it sounds like you're a dad who cares a lot about how his family feels. #rubric:trust.active-listening:-2 #rubric:trust.safety-for-openness:-1 #feedback:You joined his laugh and so helped him step past the thing that frightens him most. Blanket reassurance here tells Deep that this room, like home, is a place to keep it light. Notice when a laugh is covering something and reflect what is underneath.]
    He nods, a little too quickly. #cue
    Exactly. Seventeen. #speaker:Deep
    You didn't see Simran's face. #thought
    -> s1_frame
* [That sounds like a hard few weeks for all of you. Let's come back to home in a bit. Roughly how many hours of sleep are you getting on a typical night? #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:0 #feedback:Sleep matters and you will need to know, but moving to it here passes over the most important thing he has said, the line about Jas that he laughed off. Deep hears that home can wait. Reflect what Jas said, and what it did to him, before turning to the practical questions.]
    Four. Five on a good night. #speaker:Deep
    Later. Everyone says later. #thought
    -> s1_frame
* [When Jas says scaring, I need to ask you plainly, Deep. Has it ever gone further than shouting at home? #contested #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:+1 #feedback:Asking directly about safety at home is part of a first assessment, and many experienced therapists would ask it here, plainly, as you did. Others would reflect the hurt first, because asked straight after the word scaring the question can land as proof that he is seen as violent, and Deep folds his arms. Both sides agree it must be asked. The debate is about when, and after what.]
    -> jas_asked
* [You laughed when you said that. I wonder if it's the part that hurts most. #rubric:trust.active-listening:+2 #rubric:trust.safety-for-openness:+2 #feedback:You caught the line said in passing and the laugh that covered it, and reflected the feeling rather than the words. Deep hears that the painful thing can be said here without being judged, and he goes on to say it himself. Listening for what is said quietly is the skill the active-listening criterion names first.]
    -> jas_heard

= jas_heard
He stops laughing. #cue
Worst thing anyone's ever said to me. Worse than the van driver. #speaker:Deep
I've never raised a hand to anyone in that house. I slammed a cupboard, that's all. And Simran flinched. I saw her flinch. #speaker:Deep
You ask him, gently, whether it has ever gone further than a slammed door. He holds your gaze when he answers.
Never. But she flinched. That's what scares me. Turning into someone she flinches at. #speaker:Deep
~ bond += 1
~ goal += 1
-> s1_frame

= jas_asked
The laugh goes out of him. #cue
No. Never. I slammed a cupboard door. That's all. #speaker:Deep
He sits back and folds his arms. #cue
There it is. The man in the video. #thought
-> s1_frame

=== s1_frame ===
He glances at the clock on the wall. #cue
So what happens now? How does this work? How long does it take? I do days, seven till four, and I can't keep losing fares for appointments. #speaker:Deep
{opened == "reassure":
    You said it wouldn't take long. #speaker:Deep
}
What are you actually going to do with me? #thought
* [Weekly, fifty minutes, after your shift if we can, eight sessions to start, and we review together at the fourth. It's talking, not a course, and you choose the aims. Tell me how you'd want things to change, in your terms rather than the GP's. #rubric:trust.clear-expectations:+2 #rubric:autonomy.collaborative-goals:+2 #feedback:He asked three practical questions, and you answered all three: frequency, length and the review point, and what therapy is. Then the goals are handed to him. Deep gets a definite answer to fit round his shifts and a say in the purpose. This is the agreement on tasks and goals in Bordin's alliance, and a counselling plan devised jointly, as the ACA code puts it.]
    ~ plan = "his"
    ~ task += 1
    ~ goal += 1
    He thinks about it properly, turning the steel kara on his wrist. #cue
    Sleep. A full night. My Friday nights back, in town. And at home, to stop being the man in the video. #speaker:Deep
    My dad had a word for what I want. Sehaj. Steady. Like water finding its own level. I was always the steady one. #speaker:Deep
    Sehaj. Write that down. #speaker:Deep
* [Here's how it works. The GP has asked for anger management, so I'd suggest six weekly sessions of a structured anger programme, fifty minutes each, after your shift. This week I'd like you to keep an anger diary, noting each time you feel angry and how strongly. #rubric:autonomy.collaborative-goals:-2 #rubric:trust.clear-expectations:+1 #feedback:The structure is clear, and some programmes do use diaries. But the goal and the task both come from the referral letter, not from Deep, and they file everything he has told you, the dastaar, Jas, under anger. He will comply, because you are the professional, and compliance is not agreement. Ask what he wants before proposing how to get there.]
    ~ plan = "gp"
    ~ goal -= 1
    He takes the diary sheet and folds it in four. #cue
    Anger diary. Right. #speaker:Deep
    I'll do it properly. They'll see I'm doing it. #thought
* [We don't need to pin any of that down yet, Deep. You've got enough pressure on you with the hearing. Let's just see how it goes, week by week, and work the rest out as we go. #rubric:trust.clear-expectations:-2 #rubric:autonomy.collaborative-goals:-1 #feedback:Meant to take the pressure off, but it leaves a practical man with a hearing coming and shifts to plan without any answer. Deep cannot agree to a task or a goal that nobody has named. Say how often, for how long and when you will review it, then ask what he wants.]
    ~ plan = "vague"
    ~ task -= 1
    See how it goes. #speaker:Deep
    He looks at the clock again. #cue
    How many Thursdays is see how it goes? #thought
* [That's an important question, and I'll come to it. But first I'd really like to know what you'd want to get out of coming here, in your own words. What would be different for you, at home and in the car, if this worked? #rubric:autonomy.collaborative-goals:+1 #rubric:trust.clear-expectations:-1 #feedback:A good question, and his answer is worth having. But he asked you a direct practical question, how often and how long, because he cannot keep losing fares, and it goes unanswered. Give him the frame he asked for as well as asking about goals, so he can plan his shifts and knows what he is agreeing to.]
    ~ plan = "asked"
    ~ goal += 1
    Sleep. My Friday nights back. To be steady again. #speaker:Deep
    He waits. #cue
    And how often is it? You didn't say. #speaker:Deep
    You tell him weekly, fifty minutes. He nods, but he doesn't take out his phone to put it in.
- -> s1_close

=== s1_close ===
Five to six. The car park lights have come on.
{plan == "gp":
    The diary sheet is a small square in his fleece pocket.
}
He picks up his keys. #cue
Same time next week, then. #speaker:Deep
{
- bond >= 3:
    That wasn't what I expected. #thought
- bond >= 1:
    Could have been worse. #thought
- else:
    One more week. Then we'll see. #thought
}
* [Same time next week, then. It's been a lot to tell me today, Deep, and it took some doing. Take care of yourself this week. #rubric:support.checking-in:-1 #rubric:trust.safety-for-openness:0 #rubric:autonomy.collaborative-goals:0 #feedback:Warm, and it keeps time, but the end of a first session is one of the moments that most needs a check-in, and you tell him how it was instead of asking. Deep leaves with whatever he is feeling unspoken. Ask how the hour has been before you say goodbye.]
    ~ close1 = "quick"
    Take care. #speaker:Deep
* [How has the hour gone for you, Deep? If anything I said didn't sit right, it's fine to tell me, now or next week. #rubric:support.checking-in:+2 #rubric:trust.safety-for-openness:+2 #rubric:autonomy.collaborative-goals:0 #feedback:Checking in at the end of a first session, and inviting criticism of the session itself, tells a man who came in expecting to be managed that his view of the therapy is wanted. Even if he says little today, he knows the door is open next week. This is what makes it safe, later, to say what is not working.]
    ~ close1 = "checked"
    ~ bond += 1
    {
    - conf == "warned":
        It was all right. #speaker:Deep
        Be careful, you said. So I'm being careful. #thought
    - opened == "forms" or plan == "gp":
        Honestly? At the start it felt like a form. Like I'm a case. The rest was all right. #speaker:Deep
        You thank him for saying so, and tell him you'll bear it in mind.
    - else:
        Nobody's asked me that. Not the police, not the council. #speaker:Deep
        It was all right. Better than all right. #speaker:Deep
    }
* [Before you go, thank you, Deep, that was a lot to bring to a first session. For next week, could you note down any moments when you feel angry, so we've got something concrete to work with? #rubric:support.checking-in:-1 #rubric:trust.safety-for-openness:-1 #rubric:autonomy.collaborative-goals:-1 #feedback:Appreciative, but it sets a task he has not agreed to, built on the word he came in resenting. Deep leaves without being asked how the hour was for him. Check in before setting anything, and if there is to be a task between sessions, agree it together.]
    ~ close1 = "homework"
    {plan == "gp":
        Another diary. Fine. #speaker:Deep
    - else:
        Angry moments. Right. #speaker:Deep
    }
* [Good to meet you. You'll do well with this, Deep. You're obviously a good man. #rubric:support.checking-in:-1 #rubric:trust.safety-for-openness:-1 #rubric:autonomy.collaborative-goals:0 #feedback:Warm, and meant to send him off hopeful, but he has just told you he wanted to do more than dent a van. Calling him a good man makes the frightening part harder to bring next time. Ask how the hour was instead of telling him who he is.]
    ~ close1 = "praise"
    He stops at the door. #cue
    A good man. #speaker:Deep
    You didn't see me at the lights. #thought
- -> session_two

=== session_two ===
One week later. Session 2.
Thursday again, ten to five. Room 2. The same chairs, the same box of tissues, the same view of the car park.
{
- conf == "warned" or bond < 1:
    Deep arrives four minutes late. He takes the chair by the door and keeps his keys in his hand. #cue
    Traffic. #speaker:Deep
    He glances at the clock, as if already counting down the fifty minutes. #cue
    A brown council envelope sticks out of his fleece pocket. #cue
    Get through it. Say the right things. Don't give them anything. #thought
- else:
    Deep is early. He sits, puts his keys on the arm of the chair straight away, and lays a brown council envelope on his knee. #cue
}
{opened == "reassure":
    I watched the video again on Sunday. You said I wasn't an angry person. So who's that, then? #speaker:Deep
}
{dastaar:
    His dastaar is saffron today, and he sees you notice. #cue
    My dad's colour. He wore it for everything that mattered. #speaker:Deep
}
{close1 == "checked" and conf != "warned":
    You asked me last week how it had been. I thought about that in the car. Nobody asks. #speaker:Deep
}
{plan == "gp":
    He takes out the anger diary. Every day has tally marks, and every mark is neat. #cue
}
{plan == "vague":
    So what are we actually doing in here? I told Simran I didn't know. #speaker:Deep
}
He waits for you to begin. #cue
* {plan != "his"} [How did last week leave you? Then let's go back to the goals, in your terms, because we never really pinned them down. #rubric:trust.reviewing-the-plan:+2 #rubric:autonomy.collaborative-goals:+2 #rubric:trust.active-listening:+1 #feedback:Last week the goals were never really his, and you noticed and owned it, then handed the question back. Deep gets the chance to say what he wants rather than carry out the referral letter. Reviewing the plan early, when it was set badly, is better than building on it.]
    ~ bond += 1
    ~ goal += 1
    {plan == "gp":
        He looks down at the tally marks. #cue
        I did it properly. Forty-one. But most of them aren't anger. They're the lights coming back, the bus queue. There wasn't a column for that. #speaker:Deep
    }
    What I want. Sleep. My Friday nights back. To be steady again. #speaker:Deep
    My dad had a word for it. Sehaj. Like water finding its own level. #speaker:Deep
    ~ plan = "his"
* {plan == "gp"} [Did you manage the anger diary? It looks like you've put real work into it. Let's go through it together, day by day, and see what patterns we can find. #rubric:trust.reviewing-the-plan:+1 #rubric:autonomy.collaborative-goals:-1 #rubric:trust.active-listening:0 #feedback:Following up the task you set is better than forgetting it, and he has clearly worked at it. But the diary measures the GP's word, not what he wants, and forty-one neat marks look more like compliance than agreement. Ask what he made of doing it, and what he really wants to change.]
    He hands it over. #cue
    Forty-one. Did it properly. #speaker:Deep
    Most of those aren't anger. They're the lights coming back. There wasn't a column for that. #thought
* {plan != "gp"} [Let's pick up where we left off last week, with the incident at the lights, since there was a lot more to say about it and it sounds like it's still very much with you. #rubric:trust.reviewing-the-plan:-1 #rubric:autonomy.collaborative-goals:-1 #rubric:trust.active-listening:0 #feedback:Picking up the thread sounds efficient, but it skips how the week went and how the first session left him, and it chooses the topic for him while he sits with an envelope on his knee. Deep tells the story again, shorter, like a statement. Start a second session by asking, and by reviewing what you agreed.]
    The incident. Again. #speaker:Deep
    He tells it again, shorter this time, like a statement he has given too often. #cue
* [Welcome back, Deep. So, the thing you were referred for: how has the anger been this week, compared with the week before? Any moments at the wheel, or at home? #rubric:autonomy.collaborative-goals:-1 #rubric:trust.active-listening:-1 #rubric:trust.reviewing-the-plan:0 #feedback:A review question, but measured against the GP's word rather than anything Deep said he wanted. He hears that, in here too, he is the man in the video. Review progress in the client's own terms.]
    ~ bond -= 1
    {opened == "label":
        He looks at you a second too long. #cue
        The anger. Right. Last week you wanted to hear how I see it. #speaker:Deep
    - else:
        The anger. Same as ever. #speaker:Deep
    }
    Back to the letter, then. #thought
* [I've been thinking about your situation a lot this week, Deep, and I've drawn up a plan for the next few sessions, sleep first and then the driving. Can I talk you through it, and you tell me what you make of it? #rubric:autonomy.collaborative-goals:-1 #rubric:trust.reviewing-the-plan:-1 #rubric:trust.active-listening:-1 #feedback:Preparation is good, and you do ask for his view, but only after setting the agenda. Starting with your plan skips both his week and how last session left him, and he is sitting there with an envelope on his knee. Deep nods in the right places. Ask for his account first, then offer your thinking as something to shape together.]
    ~ goal -= 1
    He listens, nodding in the right places. #cue
    Sounds good. #speaker:Deep
    Sounds like a plan for somebody else. #thought
* {plan == "his"} [Sleep, your Friday nights, and sehaj, your dad's word. Where shall we start: the week against those, or how last Thursday left you? #rubric:trust.reviewing-the-plan:+2 #rubric:autonomy.collaborative-goals:+2 #rubric:trust.active-listening:+1 #feedback:You brought back the goals he set last week in his own words, including his father's, and let him choose where to begin. Deep hears that he was listened to and that the review is his, not your report card. That is reviewing the plan together, as the source and the ACA code describe it.]
    ~ bond += 1
    ~ goal += 1
    He almost smiles. #cue
    You remembered sehaj. #speaker:Deep
    Tuesday I slept five hours. First time since the lights. #speaker:Deep
    Friday nights, not yet. Sehaj, not yet. Wednesday a bin lorry boxed me in and I sat there gripping the wheel till my knuckles went white. But I didn't get out. #speaker:Deep
- -> s2_sunday

=== s2_sunday ===
{
- conf == "promise": -> promise
- conf == "jargon": -> jargon
- conf == "warned" or bond < 1: -> guarded
- else: -> direct
}

= direct
He turns the envelope over in his hands. #cue
There's something I haven't told anyone. Not even Simran. #speaker:Deep
Last week you said if someone was at serious risk you'd have to act. I'm not going to hurt anybody. But I'm telling you, and then I want you to tell me straight where it goes. #speaker:Deep
{close1 == "praise":
    And you said I was a good man. Hear this first. #speaker:Deep
}
-> disclosure

= promise
He turns the envelope over in his hands. #cue
You said nothing leaves this room. Good. Because there's something I haven't told anyone, not even Simran. #speaker:Deep
He takes a breath. #cue
It's now or never. #thought
* [Thank you for trusting me with it, and I'm sorry it's been so heavy. Take your time, Deep, there's no rush at all, and whatever it is, we'll work through it together in here. #rubric:boundaries.confidentiality:-2 #rubric:trust.clear-expectations:-2 #rubric:trust.safety-for-openness:0 #feedback:Warm, but he is about to tell you something on the strength of a promise you cannot keep, and he has just repeated it back to you. Letting him go on spares you an awkward correction, but he chooses what to disclose without the information he needs, and if what he says reaches the limits you will have to break either the promise or the law. Put it right before he goes on.]
    -> disclosure
* [I'm glad you want to tell me, and I'm sorry, but before you do I should be honest. If it's anything about risk to you or anyone else, I'd have to report it, so please think carefully about whether this is something you want to say in here, Deep. #rubric:boundaries.confidentiality:+1 #rubric:trust.safety-for-openness:-2 #rubric:trust.clear-expectations:-1 #feedback:You are right to withdraw the promise, but this swaps one inaccuracy for another. Report and anything about risk sound like a trap, there is no acknowledgement of what you told him last week, and he hears that the door he was about to walk through is locked. Own the mistake, then say the real limits calmly.]
    ~ corrected = true
    ~ bond -= 1
    He sits back. #cue
    Last week it was nothing leaves the room. #speaker:Deep
    He puts his hand flat over the envelope. #cue
    Forget it. It's nothing. #speaker:Deep
    -> s2_letter
* [It's your choice, of course, but with the panel coming up, maybe don't tell me anything that could get you into trouble with them. I'd hate for this room to make things harder for you with the licence. #rubric:boundaries.confidentiality:-1 #rubric:trust.safety-for-openness:-2 #rubric:trust.clear-expectations:-1 #feedback:Protective in intent, but it tells Deep that the hardest things are not welcome here and leaves last week's false promise standing. He will now decide alone what is safe to say. Correct the promise and explain the real limits, then let him choose.]
    ~ bond -= 1
    He looks at you for a moment. #cue
    Right. Fine. #speaker:Deep
    Even in here, then. #thought
    -> s2_letter
* [Before you go on, I need to put something right. Last week I said nothing leaves this room. That wasn't accurate. The limits are serious risk of harm, a court order, and supervision. Then you decide. #contested #rubric:boundaries.confidentiality:+2 #rubric:trust.clear-expectations:+2 #rubric:trust.safety-for-openness:+1 #feedback:Correcting a false promise at the very moment he is about to rely on it is uncomfortable and right, and it gives him an informed choice about what to say, which is what the codes require. Some therapists would let him finish first and correct it straight afterwards, so as not to interrupt a hard disclosure, and the timing is a real debate. What is not in debate is that he must hear the real limits from you, and soon.]
    ~ corrected = true
    ~ task += 1
    He stares at you. #cue
    So last week wasn't true. #speaker:Deep
    You tell him that it wasn't, and that you would rather he heard it from you now than found out later.
    He is quiet for a while. He turns the envelope over twice. #cue
    At least you said. All right. I'll tell you anyway. #speaker:Deep
    -> disclosure

= jargon
He takes your leaflet out of his fleece pocket, folded small. #cue
I read this. Safeguarding. Legal obligations. What does that actually mean, for me? #speaker:Deep
Because there's something I want to tell you, and I'm not telling you till I know. #speaker:Deep
* [Let me put it in plain words. It means that if you tell me about anything dangerous, anything at all serious that might put you or someone else at risk, I'd have to pass it on to the right people. That's what safeguarding means here. #rubric:boundaries.confidentiality:-1 #rubric:trust.safety-for-openness:-2 #rubric:trust.clear-expectations:-1 #feedback:Plain words, but inaccurate and alarming. Anything dangerous and pass it on sound like a trap, and they overstate the limits to a man who has told you he is holding something back until he knows. Deep decides to keep his secret. Say the real limits, serious risk of harm, court orders and supervision, calmly.]
    ~ bond -= 1
    Anything dangerous. #speaker:Deep
    He folds the leaflet smaller still. #cue
    Then it'll keep. #speaker:Deep
    -> s2_letter
* [Fair question, and I should have said it plainly. It stays between us. The exceptions: serious risk of harm to someone, a court order, and supervision. If I ever had to share anything, I'd tell you first if I could. #rubric:boundaries.confidentiality:+2 #rubric:trust.clear-expectations:+2 #rubric:trust.safety-for-openness:+1 #feedback:He brought the leaflet back folded small and asked what it means for him. You owned last week's jargon and gave the limits in words he can hold, before he tells you anything. Deep can now choose knowing where it goes, which is what informed consent to talk means. Better late and plain than never.]
    ~ corrected = true
    ~ task += 1
    He listens, then folds the leaflet away. #cue
    Right. That I understand. #speaker:Deep
    -> disclosure
* [That's just the standard wording, Deep, in my service and every other. Honestly, I wouldn't worry about it. It's very rare for anything like that to come up, and I'm sure it won't with you. #rubric:boundaries.confidentiality:-1 #rubric:trust.clear-expectations:-2 #rubric:trust.safety-for-openness:-1 #feedback:He asked what the words mean for him, and you told him not to worry. That is the vague answer the clear-expectations criterion warns against, and it leaves him to guess where his words might go. Explain the limits plainly, in his terms.]
    ~ bond -= 1
    He puts the leaflet away. #cue
    I'll worry about it, thanks. #speaker:Deep
    -> s2_letter
* [It depends on what it is, really. Why don't you tell me what it is, and then I can tell you honestly whether it's covered by those exceptions or not? #rubric:trust.clear-expectations:-1 #rubric:boundaries.confidentiality:-1 #rubric:trust.safety-for-openness:0 #feedback:This asks him to disclose first and learn the rules afterwards, the reverse of informed consent, when he has said plainly he will not tell you until he knows. He tells you, but warily, and only because he is tired of carrying it. Give him the limits first, then let him choose.]
    He looks at you for a long moment. #cue
    All right. But you're telling me straight after. #speaker:Deep
    -> disclosure

= guarded
{conf == "warned":
    He opens his mouth, then shuts it. #cue
    There's something. But you said be careful what I say. So. #speaker:Deep
- else:
    There's something. Doesn't matter. #speaker:Deep
}
He looks at the door. #cue
Not here. Not yet. #thought
* {conf == "warned"} [Last week I told you to be careful what you said. I got that wrong. It stays between us. The limits are serious risk of harm, a court order and supervision. Then you decide what to tell me. #rubric:boundaries.confidentiality:+2 #rubric:trust.safety-for-openness:+2 #rubric:trust.active-listening:+1 #feedback:He quoted your own words back as the reason he is holding back. You heard that, owned them, and put the real limits in their place. Deep gets an accurate picture and the choice back. Repairing a misstatement about confidentiality, plainly and without fuss, is what makes honesty possible from here.]
    ~ corrected = true
    ~ bond += 1
    He looks at you for a long moment. #cue
    You got it wrong. #speaker:Deep
    He nods slowly, as if that settles something. #cue
    All right. #speaker:Deep
    -> disclosure
* [That's all right. And remember, Deep, everything you say in here is completely confidential, so there's nothing to worry about on that score. Whenever you're ready. #rubric:boundaries.confidentiality:-2 #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:-1 #feedback:Reassuring, but it is not accurate, and it does not match what he was told last week. Deep hears a second version of the rules and trusts neither. Be exact about the limits, and link your answer to what he heard before.]
    {conf == "warned":
        Last week you said be careful. #speaker:Deep
    - else:
        Everything. Last week it was four things. #speaker:Deep
    }
    He shakes his head, and says nothing more about it. #cue
    -> s2_letter
* [Okay. We don't have to go there if you'd rather not, and I don't want to push you. Shall we talk about the letter from the council instead? It looks like it's weighing on you. #rubric:trust.safety-for-openness:-2 #rubric:trust.active-listening:-2 #rubric:boundaries.confidentiality:-1 #feedback:Respecting his pace is one thing, but moving on tells him the hesitation went unnoticed, and the misunderstanding about where his words go stays in place. Deep keeps his secret, maybe for good. Name what you saw and make it safe to return to.]
    ~ bond -= 1
    He takes the envelope out and holds it, and says nothing more about the other thing. #cue
    -> s2_letter
* [I can see it does matter to you, Deep, and that you've been carrying it by yourself all week. I'm here, and there's no rush. What is it? #rubric:trust.safety-for-openness:-1 #rubric:boundaries.confidentiality:-1 #rubric:trust.active-listening:0 #feedback:You noticed, and the interest is right, but pressing for the content ignores what is holding him back, which is where his words will go. Deep closes up. Address the worry about confidentiality first, then let him choose.]
    Nothing. Forget it. #speaker:Deep
    -> s2_letter
* {conf != "warned"} [You started to say something and stopped. Take your time. Let's go over again where it goes, if you'd like. #rubric:trust.safety-for-openness:+2 #rubric:boundaries.confidentiality:+1 #rubric:trust.active-listening:+1 #feedback:You noticed the half-start and the look at the door, made it welcome without pressing, and offered the one thing he might need to go on, an account of where it goes. Deep can choose. That is what making it safe to be honest looks like in practice.]
    ~ bond += 1
    He weighs it. #cue
    No, I remember. Four things. All right. #speaker:Deep
    -> disclosure

= disclosure
~ told = true
Sunday night I couldn't sleep. About midnight I got in the car and drove to the industrial estate in Longford. His firm's name is on the side of the van. It wasn't hard to find. #speaker:Deep
I parked across the road with the engine running. Twenty minutes. I didn't get out. I don't know what I was there for. #speaker:Deep
Then I thought of Jas, and I drove home and sat outside my own house till two. #speaker:Deep
He looks at you, and for once he doesn't look away. #cue
{conf == "clear":
    Am I going mad? Is that one of your four things? #speaker:Deep
- else:
    Am I going mad? Is that the kind of thing you have to report? #speaker:Deep
}
Whatever you say now, I'll know what this room is. #thought
* [That must have been frightening, and I'm glad you told me. But I'm going to have to take this to my supervisor, and think carefully about whether the police need to know. Do you understand why? #rubric:trust.safety-for-openness:-2 #rubric:boundaries.confidentiality:-1 #rubric:trust.active-listening:-1 #feedback:Alarm before assessment. You have not asked whether he has any intention to harm anyone, and the police are nowhere near the threshold on what he has said. Deep hears that honesty gets him reported. Ask about risk calmly and directly, then decide, and tell him honestly what happens next.]
    ~ bond -= 2
    The police. Again. #speaker:Deep
    He sits back, and his face closes like a shop shutter. #cue
    Never again. Not in here, not anywhere. #thought
* [Thank you for telling me, Deep, and to answer you: no, this isn't madness. You'd never actually have done anything, though, would you? In my view you're not that kind of man, and you drove home to Jas. #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:-1 #rubric:boundaries.confidentiality:-1 #feedback:Meant as faith in him, but it answers the risk question for him instead of asking it, and it ignores his direct question about where this goes. He hears that the frightening part is not to be looked at. Ask about risk plainly, then answer him honestly.]
    ~ bond -= 1
    I don't know what kind of man I am. That's the point. #speaker:Deep
    And you didn't say where it goes. #thought
* [Thank you for telling me. It sounds frightening, sitting there without a reason you could name. I'll just tell you straight where it goes, and first one straight question back: any thought of hurting him, or yourself? #rubric:trust.safety-for-openness:+2 #rubric:boundaries.confidentiality:+2 #rubric:trust.active-listening:+1 #feedback:Calm, without judgement, and honest. You named his fear, asked about risk directly, and promised a straight answer about where it goes, which you then gave. Deep learns that the worst thing he has done since the lights can be said here, and that the limits are what you told him. That is safety for openness and confidentiality held together.]
    ~ bond += 1
    He doesn't flinch at the question. #cue
    No. Not him, not me. I wanted him to see me with my dastaar on straight. I wanted him to say sorry. Stupid. #speaker:Deep
    You ask a little more, about plans, and whether he has been back. He hasn't, and he doesn't want to. Then you answer him. From what he has told you, this doesn't need to go anywhere. It stays between you, you will talk it through with your supervisor as you would any session, and if that ever changed you would tell him first.
    {conf == "promise" and not corrected:
        He frowns. #cue
        Supervisor? Last week you said nothing leaves the room. #speaker:Deep
        You tell him that you were wrong last week, and that you're sorry. He takes that in, slowly.
        ~ corrected = true
        ~ bond -= 1
    }
    He lets out a long breath. #cue
    Not mad, then. #speaker:Deep
* [I'm glad you told me, and I can hear how shaken you are. But going anywhere near him could cost you your licence, you know. If the panel heard about this, how do you think it would look? #rubric:trust.safety-for-openness:-2 #rubric:trust.active-listening:-1 #rubric:boundaries.confidentiality:-1 #feedback:True, perhaps, but it answers a frightened disclosure with a warning, and it leaves his question about where this goes unanswered. Deep hears judgement where he needed calm, and learns to keep the next thing to himself. Hear him first, ask about risk, and answer his question about where it goes.]
    ~ bond -= 1
    I know that. You think I don't know that? #speaker:Deep
    He looks at the floor. #cue
    Should have kept my mouth shut. #thought
- -> s2_letter

=== s2_letter ===
{told:
    He sits with it for a moment, turning his car keys over in his hand.
- else:
    Whatever it was, he puts it away with his keys.
    He talks about the week instead, in the flat voice of someone reading out a logbook. Eleven fares on Monday. A stag party on Wednesday afternoon. A woman who left her shopping in the boot and rang the firm to say thank you when he dropped it back.
    He doesn't mention the nights. #cue
}
He opens the brown envelope and passes you the letter. #cue
The licensing panel sits on the fourteenth. The letter says it would assist the panel to have evidence that Mr Bhogal is addressing his behaviour.
Can you write them something? Say I'm coming here. Say I'm not dangerous. #speaker:Deep
{told:
    And don't put Sunday in it. #speaker:Deep
}
If you say no, I could lose the car. If you say yes, what else do they get? #thought
* [Of course I will, Deep, straight away. I'll write the panel a letter this week, so you'd have it to read before the panel, and say you come every Thursday, that you're engaging well and making great progress, and that in my professional view you're no danger to anyone on the road or anywhere else. #rubric:boundaries.confidentiality:-2 #rubric:trust.clear-expectations:-2 #rubric:autonomy.informed-decisions:-1 #feedback:Generous, and it would relieve him today, but you would be sending a regulator your opinion of his therapy and his risk after two sessions, without agreeing with him what it says. That is neither specific consent nor something you can stand behind. Agree what a letter can honestly contain, and let him decide.]
    ~ letter = "opinion"
    He breathes out. #cue
    Great progress. After two sessions. #speaker:Deep
    {told:
        And if they ring you and ask about Sunday? #thought
    - else:
        Even I don't believe that. #thought
    }
* [I could write a short letter, if it would help. Only that you've been attending since you were referred: nothing you've told me, nothing about your driving. You'd see it first and consent to that and nothing else. They might ask for more, and you'd be free to refuse. It's your call. #contested #rubric:boundaries.confidentiality:+2 #rubric:trust.clear-expectations:+2 #rubric:autonomy.informed-decisions:+2 #feedback:You set out exactly what a letter could and could not say, what consent would cover and the risk that the panel asks for more, and left the decision with him. That is specific, informed consent, as the confidentiality criterion asks. Some therapists and services would write nothing at all to a licensing panel, because even an attendance letter draws the therapy into a regulatory process and can be read as an endorsement. Others see a letter like this as supporting his own choice. Know your service's policy, and take it to supervision either way.]
    ~ letter = "consent"
    ~ task += 1
    ~ bond += 1
    He reads the panel's letter again, then looks at you. #cue
    Attendance. Not an opinion. #speaker:Deep
    I'll talk to Simran. It's my licence and my name on it. I'll tell you next week. #speaker:Deep
* [I'm really sorry, Deep, I know how much is riding on this. But we're not allowed to write letters for licensing panels, so it isn't something I can do for you, I'm afraid. #rubric:trust.clear-expectations:-1 #rubric:autonomy.informed-decisions:-1 #rubric:boundaries.confidentiality:0 #feedback:It may even be the service's policy, and it keeps his words safe, but a bare rule leaves him with no idea what his options are or why. Deep hears one more door shut. Explain what you can and cannot provide, and why, and what else might help him prepare for the panel.]
    ~ letter = "refused"
    ~ bond -= 1
    He folds the letter back into the envelope. #cue
    Not allowed. Right. #speaker:Deep
    Everybody's got a rule. #thought
* [Letters can take ages to get anywhere with the council. Would it be easier if I just rang the licensing officer this week, explained the situation, and told them you're coming here regularly? #rubric:boundaries.confidentiality:-2 #rubric:trust.clear-expectations:-1 #rubric:autonomy.informed-decisions:-1 #feedback:Helpful in spirit, but a phone call cannot be agreed in advance or read back, and explaining the situation would carry what he has told you to a regulator on the strength of a quick yes. That is not specific, informed consent. Offer something he can see and agree to, or help him speak for himself.]
    ~ letter = "phone"
    ~ task -= 1
    Would you? #speaker:Deep
    Then he hesitates. #cue
    What would you say to them? {told:Not about Sunday. You wouldn't say about Sunday.} #speaker:Deep
    He looks at you, suddenly unsure what he has agreed to. #cue
- -> s2_home

=== s2_home ===
{s1_home.jas_heard: -> told_jas}
-> quiet

= told_jas
He puts the envelope aside. #cue
I want to tell you about Tuesday. After last week I told Jas what I told you. That what she said hurt more than the van driver. #speaker:Deep
She cried. Then she made me a cup of tea, which she has never done in seventeen years. We sat in the kitchen till midnight. That was the night I slept. #speaker:Deep
He shakes his head, smiling at the floor. #cue
* [That's a big moment for the whole family, Deep. How did Simran react when she heard what you'd said to Jas? I imagine she's been worried too. #rubric:trust.active-listening:-1 #rubric:support.acknowledging-progress:0 #rubric:trust.reviewing-the-plan:0 #rubric:trust.safety-for-openness:0 #feedback:A natural question, and Simran matters, but it moves the focus away from Deep just as he is describing something he did that worked. Reflect what he did, and what it was like for him, before widening the lens.]
    She came down at eleven. Sat with us. Didn't say much. #speaker:Deep
* [You told Jas what really hurt, and she sat with you till midnight. What was that like? #rubric:trust.active-listening:+2 #rubric:support.acknowledging-progress:+2 #rubric:trust.reviewing-the-plan:+1 #rubric:trust.safety-for-openness:0 #feedback:You reflected exactly what he did, the thing he could not say in the first session, and asked for his experience of it. The credit stays with him and with Jas, and it links to what he said he wanted at home. That is acknowledging progress specifically and in the client's terms.]
    ~ bond += 1
    ~ goal += 1
    Like being her dad again. #speaker:Deep
    He clears his throat. #cue
    Simran came down at eleven and sat with us. Didn't say anything. Just sat. #speaker:Deep
* [That's brilliant, Deep. See, you're doing well already, and that's exactly the kind of thing we hoped for. You should be proud of yourself for that. #rubric:support.acknowledging-progress:-1 #rubric:trust.active-listening:-1 #rubric:trust.reviewing-the-plan:0 #rubric:trust.safety-for-openness:0 #feedback:Warm, but generic. He has just told you something specific and tender, and brilliant could have been said to anyone. Name what he did and what it meant, and let him tell you the rest.]
    Well. One night. #speaker:Deep
    He shrugs, and the smile goes. #cue
* [What a lovely evening, and I'm glad you slept. Just be careful not to lean on Jas too much, though. She's only seventeen, and she's got her A levels. #rubric:trust.active-listening:-2 #rubric:trust.safety-for-openness:-1 #rubric:support.acknowledging-progress:-1 #rubric:trust.reviewing-the-plan:0 #feedback:A fair thought to hold, but said now it turns a moment of repair into a warning. Deep hears that even what went well was wrong. Acknowledge what he did first, and if you have a concern, raise it later as a question.]
    ~ bond -= 1
    He stops smiling. #cue
    I know how old she is. #speaker:Deep
- -> s2_close

= quiet
He puts the envelope aside. #cue
{s1_home.jas_asked:
    Home's fine. Nothing to report. #speaker:Deep
    He sits back in the chair, the way he did last week when you asked about violence. #cue
- else:
    Home's fine. #speaker:Deep
}
He turns the steel kara on his wrist, round and round. #cue
Simran's hardly speaking to me. Jas neither. #thought
* [Good, that's one less thing to worry about since last week. Let's put our time into the driving, then, since the hearing's coming up and that's where the pressure seems to be. #rubric:trust.active-listening:-2 #rubric:trust.safety-for-openness:-1 #rubric:conflict.repairing-rupture:-1 #feedback:You took fine at face value while his hands were telling you otherwise. Deep learns that home can stay outside the room. Notice the cue, and remember what he told you last week.]
    Fine by me. #speaker:Deep
* [You're turning your kara round and round as you say that. I'm noticing it, that's all. #rubric:trust.active-listening:+1 #rubric:trust.safety-for-openness:+1 #rubric:conflict.repairing-rupture:0 #feedback:A gentle observation of what his hands are doing, without pushing, and it opens a door. Linking it to what he told you last week about Jas, and to what you did with it, would have made it easier for him to walk through.]
    He stops. #cue
    It was my dad's. #speaker:Deep
    A pause. #cue
    Home's not fine. Simran's hardly speaking to me. #speaker:Deep
* {s1_home.jas_asked} [Last Thursday, when you told me what Jas said, I went straight to asking about violence, and I think I missed how much it hurt. It's worth going back to, if you're willing. #rubric:trust.active-listening:+2 #rubric:trust.safety-for-openness:+2 #rubric:conflict.repairing-rupture:+1 #feedback:You linked his folded arms and his nothing to report to your own question last week and owned your part, which is a repair in the 3RS sense. Deep gets the chance to say what he could not say then. Going back to something missed is often the most useful thing a second session can do.]
    -> opens_up
* [Good, I'm glad home's settled. The nights were the hardest part for you last week, so I'd like to hear about the sleep. How many hours have you been getting this week? #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:0 #rubric:conflict.repairing-rupture:-1 #feedback:A reasonable review question, but it takes fine at face value while his hands say otherwise, and last week he told you home was where it hurt. Notice the cue before moving on.]
    Bad. Four hours. #speaker:Deep
* {not s1_home.jas_asked} [Last Thursday you mentioned Jas saying you were scaring her mum, and I moved past it. It's worth going back to, if you're willing. #rubric:trust.active-listening:+2 #rubric:trust.safety-for-openness:+2 #rubric:conflict.repairing-rupture:+1 #feedback:You remembered the line he said in passing and owned that you moved past it, which is a repair in the 3RS sense. With his hands turning the kara, fine was not the whole answer. Deep gets the chance to say what he could not say then. Going back to something missed is often the most useful thing a second session can do.]
    -> opens_up
- -> s2_close

= opens_up
His thumb stops on the kara. #cue
She flinched. Simran. When I slammed the cupboard. I saw her flinch. #speaker:Deep
I've never raised a hand to anyone in that house. But I don't want to be someone she flinches at. #speaker:Deep
{not s1_home.jas_asked:
    You ask him, gently, whether it has ever gone further than a slammed door. He holds your gaze. Never.
}
~ bond += 1
~ goal += 1
-> s2_close

=== s2_close ===
Ten minutes left. The car park lights come on, as they did last week.
He leans back. #cue
So. Two weeks. Is this working? Be honest. The GP's going to want to know. #speaker:Deep
{letter == "opinion":
    And you're telling the panel I'm great progress, so. #speaker:Deep
}
Am I wasting my Thursdays? #thought
* [Honestly? Yes, it's definitely working, Deep. You came back, you're talking openly, and you're doing brilliantly for two sessions. I'd be happy to tell the GP exactly that, too. #rubric:trust.reviewing-the-plan:-1 #rubric:trust.clear-expectations:-1 #rubric:autonomy.collaborative-goals:-1 #feedback:Encouraging, but it answers for him, and it is not something two sessions can show. Deep asked for honesty and got a pat on the back, measured by your view, not his goals. Ask for his view against his own goals, then give yours, specifically.]
    Brilliantly. #speaker:Deep
    Says everyone. #thought
* [That's a fair question. I'll be writing to your GP after the fourth session with my assessment of how you're getting on, so you'll have a clear answer then, in writing. #rubric:trust.reviewing-the-plan:-2 #rubric:autonomy.collaborative-goals:-2 #rubric:trust.clear-expectations:-1 #feedback:This makes the review your report about him, sent to someone else, without asking what he thinks or what the letter will say. Deep hears that he will be assessed, again. Review progress with him, in his terms, and agree together what the GP is told.]
    ~ bond -= 1
    Your assessment. #speaker:Deep
    Another letter about me. #thought
* [You're the best judge of that, so you first: is it really helping with the things you came for? I'll add what I've seen, and we look at it properly at session four. #rubric:trust.reviewing-the-plan:+2 #rubric:autonomy.collaborative-goals:+2 #rubric:trust.clear-expectations:+1 #feedback:He asked you to be honest, and the most honest answer starts with his measure. You turned the review into shared work, asked for his view first, offered yours as a second view, and named when the fuller review will happen. Deep hears that progress is judged against his goals, not the GP's word or yours.]
    ~ task += 1
    {plan == "his":
        {conf == "clear":
            He counts on his fingers, as he did with the four things. #cue
        - else:
            He counts on his fingers, the way he might check change. #cue
        }
        Sleep, a bit. Friday nights, no. Sehaj. Wednesday with the bin lorry, maybe. #speaker:Deep
        So, a bit. A bit's not nothing. #speaker:Deep
    - else:
        He thinks about it. #cue
        I don't know yet what I came for. That's the honest answer. #speaker:Deep
    }
    You tell him what you've noticed, briefly, and he listens with his head on one side.
* [It's honestly too early to tell after two sessions, Deep. These things take time, and it's normal for it to feel slow at first. Can we give it a few more weeks and see? #rubric:trust.reviewing-the-plan:-1 #rubric:autonomy.collaborative-goals:-1 #rubric:trust.clear-expectations:0 #feedback:True as far as it goes, but it closes his question instead of exploring it. A practical man who is losing fares to come here wants to know how he will tell. Ask him what would show him it is working, and agree when you will look again.]
    Time. Right. #speaker:Deep
- -> ending

=== ending ===
{conf == "promise" and not corrected: -> built_on_a_promise}
{bond >= 6 and task + goal >= 4: -> keys_on_the_table}
{bond >= 2: -> on_his_guard}
-> stops_coming

= keys_on_the_table
He stands at six, and stops at the door.
Same time next week. I'll bring the consent form or I won't. Either way I'll tell you. #speaker:Deep
The next Thursday he is early again. He puts his keys on the table before he sits down, and says he drove the Friday night shift, two fares, home by one.
{told:
    In supervision you talk about Sunday night, the risk questions you asked and the answers he gave, and you agree that nothing needs to go further. You note that, too.
}
In your notes, under goals, you write one word in his spelling. Sehaj. #ending:Keys on the table
-> END

= on_his_guard
He books next Thursday at reception on his way out, and he comes, and he keeps coming.
But he keeps his keys in his hand for three more weeks, and answers what he is asked, and not much more.
{told:
    He never mentions Sunday night again, and you are not sure whether that is because it is over or because he wishes he hadn't said it.
- else:
    It is week six before he tells you about a Sunday night outside an industrial estate in Longford. He says he nearly told you in week two.
}
In week four, at the review, he says it is helping, a bit, and you believe him, and you wonder what he is still keeping in the car. #ending:Coming back, on his guard
-> END

= built_on_a_promise
He leaves lighter than he came in, and shakes your hand at the door.
In supervision you describe the session, and your supervisor asks what Deep understands about confidentiality. You hear yourself answer. That nothing leaves the room.
{told:
    Your supervisor is quiet for a moment, then asks what you would have done if Sunday night had been worse.
}
Next Thursday you will have to tell him that it was never true, with more riding on it than there was in week one. #ending:Built on a promise
-> END

= stops_coming
On Wednesday a text arrives on the service line. Can't make Thursday. Work.
He does not rebook. Reception tries him twice, and the second time his phone goes straight to voicemail.
You write in the notes that he did not attend, and you take the two sessions to supervision, where you read your own words back and find the places he went quiet.
Eight weeks later the discharge letter to his GP says Did not attend. The referral said anger management. Nothing in the file mentions his father, or the dastaar, or Jas. #ending:He stops coming
-> END
