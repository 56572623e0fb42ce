// This isn't working. A conflict-and-repair scenario: a confrontation rupture, by video.
// Nadia Brennan, 38, software engineer, session 6 of open-ended weekly work: the agreed review.
// She comes with a complaint about the therapy and the therapist. The screen freezes; later she
// turns her camera off. Recognising the rupture (joining, even_listening, camera_off) is scored
// apart from repairing it (frozen, last_week, her_terms, the_work, after_she_left), as the 3RS does.

VAR bond = 0
VAR task = 0
VAR goal = 0

VAR count = 31         // Nadia's running count of "how do you feel" questions
VAR heard = false      // the opening complaint was heard out before anything was explained
VAR missed = ""        // the frozen screen: owned, guessed, generic, glossed
VAR owned = false      // the trainee owned a mistake of their own plainly
VAR plan = ""          // what today is for: both, practical, model, referral, late
VAR camera_dark = false // Nadia has turned her camera off
VAR held = false       // the camera moment was met in a way that keeps her in the call
VAR left = false       // she left the call
VAR message = ""       // after she left: sent, chased, silent, letter
VAR runbook = false    // a three-in-the-morning plan was made with her, from her account

-> joining

=== joining ===
Thursday, half past twelve. You are in a small office at the service with the door shut and a headset on, looking at the video platform's waiting room. Nadia Brennan's name appears at 12:32. You let her in.
Her picture arrives a second before her sound: a kitchen table in Leeds, a white wall, a calendar with a photograph of a climbing wall, and the blurred back half of a ginger cat walking across the top of the frame. In front of her is a sheet of printed paper, with a pen lined up exactly beside it.
This is your sixth session. At the first, Nadia asked for two things: something that works at three in the morning, and to be able to go back on call at work without being sick beforehand. You agreed then to review how things were going at the sixth session.
Four months ago she led the response to a six-hour payments outage that started at ten past three in the morning. Since then she wakes at ten past three most nights, heart racing, certain the pager has gone off. You have spent the five sessions so far exploring: the outage, the review afterwards, her manager, her sleep, and how all of it feels. She has answered every question carefully and precisely, and has said, more than once, that she would like something practical.
Hi. Before you start, I'd like to say something, and I'd like to get through it without being asked how it makes me feel. #speaker:Nadia
She reads from the paper. #cue
Five sessions. I came with two things. Panic attacks at three in the morning, and not sleeping. I've been asked how I feel, by my count, thirty-one times. I started counting in session three. #speaker:Nadia
I'm still waking at ten past three. My heart still goes to a hundred and forty. And I'm back on the on-call rota in three weeks. #speaker:Nadia
So. I don't think this is working. #speaker:Nadia
She looks straight into her camera, which means that on your screen she seems to be looking just past your left ear. #cue
Go on. Tell me why it's actually good for me. #thought
* [Okay. You're still awake at ten past three, you're back on call in three weeks, and my questions have gone round in circles. What else is on the list? #rubric:conflict.recognising-rupture:+2 #rubric:conflict.listening-without-defence:+2 #feedback:She opened by asking not to be asked how she feels, and came braced for a rationale. A complaint about the therapy is a confrontation marker in the 3RS, and you treat it as something to explore rather than an attack to answer: you reflect it accurately, including the part about your questions, and ask for the rest before explaining anything. With a client who had not complained, asking for more of the list would be odd; here it is the hearing she came for.]
    ~ heard = true
    ~ bond += 1
    She blinks. She had plainly prepared for an argument, and it has not come. #cue
    Yes. That's... yes. #speaker:Nadia
    She looks down at the paper, and turns it over. The back is blank. #cue
    There isn't much more on here. That was the main bit. #speaker:Nadia
    I don't need to understand myself better. I understand myself fine. I've done a lot of understanding myself, believe me. I need to not be awake at three in the morning. #speaker:Nadia
    Huh. Didn't argue. #thought
* [Thank you for telling me. Can I explain why I've been asking about feelings? Panic is often linked to feelings that haven't had anywhere to go, so it matters. #rubric:conflict.recognising-rupture:-2 #rubric:conflict.listening-without-defence:-2 #feedback:The rationale may be sound, but offering it first treats her complaint as a misunderstanding to be corrected. She has told you the approach is not working, and she hears that you are going to explain it again, louder. The article asks that each person really hears the other without judgement before working towards a solution.]
    ~ bond -= 1
    I know why. You explained in session one. I wrote it down. #speaker:Nadia
    She taps the paper with the end of her pen. #cue
    I'm not asking for the rationale. I understand the rationale. I'm telling you it isn't working. #speaker:Nadia
    Here we go. The rationale. #thought
* [Thank you for being so direct, Nadia. That sounds really frustrating, five sessions and nothing shifting. How does it feel, saying this to me? #rubric:conflict.recognising-rupture:-1 #rubric:conflict.listening-without-defence:-1 #feedback:You reached for empathy, and the reflection of frustration is not wrong. But the question that follows is the exact move she has just complained about, and it tells her the complaint has not been heard. Under pressure, trainees fall back on their most practised question. Hear the content first.]
    ~ count += 1
    ~ bond -= 1
    There is a pause. Then she writes something on the paper, and holds it up to the camera. #cue
    It says {count}.
    I'm not being funny. I'm genuinely counting. #speaker:Nadia
    You could not make it up. #thought
* [Okay, that's really useful feedback, and you're right that we agreed to review today. Shall we spend today on the sleep, then, and leave the exploring? #rubric:conflict.recognising-rupture:-1 #rubric:conflict.listening-without-defence:0 #feedback:Changing the task is a 3RS repair strategy, and it is a relief to offer something. But you have switched before hearing her out, so the rupture itself goes unexplored, and a sudden change of plan can make the last five sessions look as if there was no plan at all.]
    She narrows her eyes. #cue
    Just like that? Five weeks, and you switch because I complained? #speaker:Nadia
    That's not reassuring, by the way. It makes me wonder what the plan was. #speaker:Nadia
    Either there was a plan or there wasn't. #thought
- -> frozen

=== frozen ===
{heard:
    She starts to tell you about last Tuesday, more slowly now, as if she has decided it might be worth the effort.
- else:
    She goes on anyway, in the tone of someone filing a bug report she does not expect to be read.
}
Last Tuesday. I woke up at ten past three again. Heart going, sweating, absolutely sure the pager had gone off, which it hadn't, because I'm not on call. #speaker:Nadia
Priya was asleep. I didn't want to wake her again. I've woken her enough times since November; she's got Year 11 mocks to mark. #speaker:Nadia
So I did the breathing you showed me in session two. In for four, out for six. And I got to about the third round and... #speaker:Nadia
Her picture stops. Her mouth is open on a word, one hand raised, the cat frozen in mid-step behind her. A small grey banner slides across the top of your screen: Your connection is unstable.
You wait. You click nothing, in case clicking makes it worse. Somewhere down the corridor a printer starts up. Your own face in the self-view box looks back at you, also frozen, wearing an expression of polite attention.
After about twenty seconds the picture jumps, and she is moving again, mid-sentence.
...and that's the bit I actually want help with. So? #speaker:Nadia
She waits, eyebrows raised. #cue
Let's see if anyone's home. #thought
* [So the breathing didn't really help, even after a few rounds. It sounds like that's the bit you want help with, Nadia, the moment it stops working? #rubric:trust.active-listening:-1 #rubric:conflict.repairing-rupture:-1 #feedback:A reasonable guess, and reflections are often guesses. But you did not hear what she said, and a guess presented as a reflection hides that. She watched your screen freeze, so she knows. Say what you missed and ask.]
    ~ missed = "guessed"
    ~ bond -= 1
* [Sorry, Nadia, my screen froze and I lost you from the third round of breathing. I'd rather not guess. What happened then? #rubric:trust.active-listening:+2 #rubric:conflict.repairing-rupture:+1 #feedback:Online, the therapist's own connection is part of the relationship, and she watched yours freeze. You own the gap plainly instead of covering it. For a client whose complaint is that services do not listen, saying you missed something is listening, and acknowledging your part, even for a technical fault, is a 3RS repair move before the rupture deepens.]
    ~ missed = "owned"
    ~ owned = true
    ~ bond += 1
    She exhales through her nose. #cue
    Fine. At least you said. #speaker:Nadia
    Third round, I thought, this is stupid. I'm a thirty-eight-year-old woman counting in the dark like it's a spell. So I got up, opened the laptop and fixed a failing build until six. #speaker:Nadia
    Which worked, actually. Heart came right down. Until I had to be a person at nine. #speaker:Nadia
    That's the bit. What do I do at ten past three that isn't counting and isn't work? #speaker:Nadia
    Honest, at least. That's new. #thought
    -> last_week
* [That sounds really hard, on your own in the dark with Priya asleep beside you. How did you feel when that happened? #rubric:trust.active-listening:-2 #rubric:conflict.repairing-rupture:-2 #feedback:A warm reflection of the part you did hear, and a feelings question, offered in place of the twenty seconds you missed. It is the very question she came in to complain about, and she will hear that you were not there and are pretending you were.]
    ~ missed = "generic"
    ~ count += 1
    ~ bond -= 1
* [Sorry, Nadia, the connection went for a second there; it does that sometimes on this platform. Go on, I'm with you. #rubric:trust.active-listening:-1 #rubric:conflict.repairing-rupture:0 #feedback:Half honest. You mention the connection, but not that you lost what she said, and go on asks her to carry on from a place you never heard. She will have to notice the gap herself, which is the job she is tired of doing with services.]
    ~ missed = "glossed"
- -> even_listening

=== even_listening ===
{
- missed == "guessed":
    That's not what I said. #speaker:Nadia
    She sits back from the table. #cue
- missed == "generic":
    {count >= 33:
        She holds up the paper again. The number has been crossed out and rewritten: {count}. #cue
    - else:
        She writes on the paper, and holds it up to the camera: {count}. #cue
    }
- else:
    Go on from where? #speaker:Nadia
}
{missed == "glossed":
    Are you even listening? Your screen froze. I watched it freeze. I've been talking to a still photo of you for half a minute, and now you want me to go on, as if you'd heard. #speaker:Nadia
- else:
    Are you even listening? Your screen froze. I watched it freeze. I've been talking to a still photo of you for half a minute, and then you answered something I didn't say. #speaker:Nadia
}
This is it. This is exactly it. Every service I've been near. Nod, type, miss it. #speaker:Nadia
She pushes her chair back from the table, so that she is smaller in the frame, and folds her arms. #cue
Same as the GP. Same as all of them. #thought
* [Of course I'm listening, Nadia. The connection dropped on my side, and that's not something either of us can control, I'm afraid. #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-2 #rubric:conflict.listening-without-defence:-2 #feedback:True about the connection, and defensive about everything else. She did not blame you for the wifi. She told you that you answered something she did not say, and you argued the facts of the complaint instead of hearing it. This is the defence the article and the 3RS both warn against.]
    ~ bond -= 2
    Right. The connection. #speaker:Nadia
    She says it in the voice, you suspect, that she keeps for suppliers who say the outage was on the customer's side. #cue
    Cool. #speaker:Nadia
    Not your fault. It's never anyone's fault. #thought
* [You're right, I wasn't. My screen froze, I missed what you said, and I covered it instead of saying so. I'm sorry. Will you tell me again? #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+2 #rubric:conflict.listening-without-defence:+2 #feedback:She asked whether you were listening, and the true answer is no. You hear the question as a rupture to be met, not an accusation to be rebutted, and agree with the part of it that is true. Acknowledging your own part, plainly and once, and inviting her to go on, are the 3RS resolution strategies she needed.]
    ~ owned = true
    ~ bond += 1
    A long pause. Then she pulls her chair back in to the table. #cue
    Okay. #speaker:Nadia
    She tells you again, more tersely. The third round of breathing. Counting in the dark like a spell. The laptop, the failing build, the heart coming down, having to be a person at nine. #cue
    So what do I do at ten past three that isn't counting and isn't work? That's the question. That's been the question since session one. #speaker:Nadia
    Okay. One point to them. #thought
* [I can hear how angry you are with me right now, and after five sessions like these I can understand why. Is that right? #rubric:conflict.recognising-rupture:+1 #rubric:conflict.repairing-rupture:0 #rubric:conflict.listening-without-defence:+1 #feedback:An accurate reflection of her feeling, offered without defence, which is a start and not a small one. But it names her anger and not what caused it. She asked whether you were listening, and the honest answer, that you were not, is what would turn this around.]
    Yes. Well spotted. #speaker:Nadia
    Then, after a moment, a little less sharply: #cue
    I'm not angry. I'm tired. I'm tired of being the one who has to notice when the people who are meant to be helping me aren't. #speaker:Nadia
    She tells you, briefly, what you missed: the counting, the laptop, the build, the heart coming down. #cue
* [Let's both take a breath for a moment. It's been a tense few minutes, and I'd like us to be able to think together about what just happened. #rubric:conflict.recognising-rupture:-1 #rubric:conflict.repairing-rupture:-1 #rubric:conflict.listening-without-defence:-1 #feedback:Slowing down can help when feelings run high, but here it lands as a way of managing her rather than hearing her, and it recommends the very technique she was describing as useless when your screen froze. Pacing is for the relationship, not a way out of the complaint.]
    ~ bond -= 1
    Don't tell me to breathe. #speaker:Nadia
    Breathing is the thing that doesn't work. That's literally what I was telling you while you were frozen. #speaker:Nadia
- -> last_week

=== last_week ===
And while we're being honest. Last week. #speaker:Nadia
{heard or owned:
    She says it more quietly than the rest, as if this is the part that cost her something to bring.
- else:
    Her voice is flat now, past cross.
}
I mentioned that my mum rings on Sundays. And you asked how my family had taken my transition. #speaker:Nadia
I transitioned eight years ago. My mum drove me to my first clinic appointment and sat in the car park for three hours with a flask and a crossword. My family's fine. It's got nothing to do with waking up at three in the morning. #speaker:Nadia
My GP surgery kept sending letters to my old name for two years after I changed it. The counsellor I saw when my nan died spent three sessions on my, quote, journey, and about ten minutes on my nan. #speaker:Nadia
I came here about sleep. I thought this would be different. #speaker:Nadia
She looks away from the camera, at something on the wall you cannot see. #cue
Now watch. Defensive, or fascinated. One or the other. #thought
* [I asked because family support can make a real difference with anxiety, and I'd ask anyone that, but I can see it landed badly with you. #rubric:conflict.repairing-rupture:-2 #rubric:power.cultural-humility:-2 #feedback:A defensible clinical reason, offered as a defence, with the impact tacked on at the end. She did not say family was irrelevant to anxiety. She said that out of everything she told you, you chose the question services always choose. Answering with your rationale tells her that her experience of services is a misunderstanding on her part.]
    ~ bond -= 2
    Anyone. Right. #speaker:Nadia
    She puts the pen down, not parallel this time. #cue
    Did you ask the last person you saw how their family took their transition? #speaker:Nadia
    She does not wait for an answer. #cue
    It's not the question. It's that it was the one you chose, out of everything I said. #speaker:Nadia
* [I'm so sorry, Nadia. I feel terrible that I've done what those other services did to you. I really am on your side, I hope you know that. #rubric:conflict.repairing-rupture:-1 #rubric:power.cultural-humility:-1 #feedback:Sincere, and the apology is owed, but it centres your feelings and your good intentions, and asks her to reassure you that you are one of the good ones. An apology that needs looking after is not yet a repair. One plain sentence about what you did, and what you will do, is enough.]
    ~ bond -= 1
    I'm sure you are. #speaker:Nadia
    She sighs, and rubs her forehead. #cue
    And now I'm meant to say it's fine, and you're one of the good ones. I've done that bit too. Lots of times. #speaker:Nadia
    Don't make me look after you as well. #thought
* [It sounds as if this has stirred up a lot from those other services, the letters and your nan. Would it help to talk about those experiences here? #rubric:conflict.repairing-rupture:-1 #rubric:power.cultural-humility:-1 #feedback:It sounds attentive, but it turns her complaint about you into material about her past, and offers her identity back to her as the topic, which is exactly what she is objecting to. The rupture is in this relationship, and acknowledging your own part comes first.]
    ~ bond -= 1
    No. It would help to talk about three in the morning. That's the point I'm making. #speaker:Nadia
    I've talked about those services. I've talked about them to services. That's rather the problem. #speaker:Nadia
    Turning the complaint into a session topic. Classic. #thought
* [You're right. That question came from my curiosity, not from anything you'd brought. I'm sorry. I'll follow what you bring. #rubric:conflict.repairing-rupture:+2 #rubric:power.cultural-humility:+2 #feedback:She has just told you that services keep making her transition the topic. You acknowledge your part in one plain sentence, say what you will do differently, and stop: no paragraph of justification, and no invitation to make her identity the subject again. Being trans matters to this story only because services have made it matter when it should not.]
    ~ owned = true
    ~ bond += 1
    For a moment, nothing. Then she looks back at the camera. #cue
    Okay. #speaker:Nadia
    Okay. Thank you. That's actually the first time anyone's just said that, without a paragraph after it. #speaker:Nadia
    She writes something on her sheet, and crosses it out. #cue
    No paragraph. Huh. #thought
- -> credentials

=== credentials ===
She drinks from a mug with her company's logo on it, and puts it down carefully, on a coaster. #cue
Can I ask you something? And I'd like a straight answer. #speaker:Nadia
The service's website says some of its counsellors are in training. Are you one of them? #speaker:Nadia
{heard or owned:
    I'm not having a go. I'd just like to know who I'm talking to. #speaker:Nadia
- else:
    I'd like to know who I'm talking to. Because it's starting to feel as if I'm the one doing the supervising. #speaker:Nadia
}
You are: in the final year of your counselling training, on placement at the service, with a qualified supervisor you see every week.
She waits, and does not fill the silence. The cat reappears at the top of the frame, and settles on the windowsill behind her. #cue
If they dodge this, that's my answer. #thought
* [Yes, I'm only a trainee, I'm sorry, and I should have told you at the start. Honestly, you probably deserve someone more experienced than me for something like this. #rubric:trust.clear-expectations:0 #rubric:power.client-voice:-1 #feedback:Honest, which matters, but the apology and the self-deprecation turn her question into a verdict on you and leave her to reassure you or to leave. She asked who she was talking to, and needed to hear what you can offer and how you are supported, not that you are sorry to be there.]
    ~ bond -= 1
    She closes her eyes briefly. #cue
    I didn't ask you to sack yourself. I asked a question. #speaker:Nadia
    Now I'm managing your confidence too. #thought
* [That's a fair question, and I'll answer it. Can I ask first what makes you ask? I'd like to understand what's behind it for you today. #rubric:trust.clear-expectations:-1 #rubric:power.client-voice:-1 #feedback:Exploring the meaning of a question can be useful once it has been answered. Asked before the answer, it is a deflection, and she has just said she wants a straight one. A client's challenging question about the therapist deserves a respectful answer first and curiosity after.]
    ~ bond -= 1
    That's a question, not an answer. I asked first. #speaker:Nadia
    What makes me ask is that I'd like to know. #speaker:Nadia
    You tell her, in the end. She nods, and writes it down. #cue
* [Yes, final year. I see a qualified supervisor weekly, who hears about our work without your name. I can work practically on panic and sleep, and I'll tell you if you need more. #rubric:trust.clear-expectations:+2 #rubric:power.client-voice:+2 #feedback:She asked for a straight answer and said a dodge would be her answer. You give one, which treats her challenge as legitimate rather than as hostility: honest about your training and about supervision, which is also a limit of confidentiality she is entitled to know, and clear about what you can and cannot offer.]
    ~ bond += 1
    ~ task += 1
    Okay. #speaker:Nadia
    A pause. #cue
    Thank you. That's a proper answer. #speaker:Nadia
    I'd rather know. I always want to know what I'm running on. And it's fine that you're training. Everyone's junior once. I just don't like finding out from the website. #speaker:Nadia
    Straight answer. Noted. #thought
* [My training has covered anxiety and panic in real depth, and I have good support behind me here, so you're in safe hands with me. Shall we get back to the three a.m. problem now? #rubric:trust.clear-expectations:-2 #rubric:power.client-voice:-2 #feedback:Reassuring in tone, and evasive in substance. She asked whether you are in training and you answered a different question, in a way that suggests experience you do not have. If she finds out from the website, which she will, every other thing you have said becomes doubtful. Honesty about the work is an ethical commitment, not a courtesy.]
    ~ bond -= 2
    That's not what I asked. #speaker:Nadia
    She looks at you for a long moment, then types something on her phone, below the frame. #cue
    The staff page says you're on placement. Final year. #speaker:Nadia
    So that's a yes, then. You could have just said. #speaker:Nadia
- -> her_terms

=== her_terms ===
She picks up her pen, and puts it down again, exactly parallel to the edge of the paper. #cue
So here's what I want. #speaker:Nadia
Either we use the rest of today on something I can actually do at ten past three, or I stop after today and go private for CBT. I've found someone in Headingley. Ninety pounds a session. I'd rather not spend it. But I will. #speaker:Nadia
I've got a spreadsheet. Hours slept, resting heart rate off my watch, and which nights were after a session. The line's flat. It's been flat since January. #speaker:Nadia
She holds a printout up to the camera: a chart, a flat grey line, five small red dots along it. #cue
In my job, if something hasn't worked after five sprints, you don't do a sixth one the same way. You do a retro, and you change something. #speaker:Nadia
{bond <= -2:
    She has her hand near the trackpad, where the leave button is. #cue
}
My way, or not at all. It's the only thing that has ever worked with services. #thought
* [Okay. Let's do it now. There's a grounding technique I can teach you for when the panic starts at ten past three. Shall we try it together? #contested #rubric:conflict.repairing-rupture:+1 #rubric:autonomy.collaborative-goals:+1 #rubric:autonomy.informed-decisions:0 #feedback:Changing the task is one of the 3RS resolution strategies, and many therapists would say that meeting a clear, reasonable request at once is the most convincing proof that you have heard it. Others would say that switching under an ultimatum, without checking what she wants or being straight about what you can offer, lets the threat set the agenda and skips the conversation about the rupture. Both are defensible, and what decides it is whether the technique is then shaped around her account rather than around a worksheet.]
    ~ plan = "practical"
    ~ task += 1
    She looks surprised, then suspicious, and then, visibly, decides. #cue
    Fine. Go on, then. #speaker:Nadia
    Let's see if it's the breathing in a hat. #thought
* [That's fair. I can work on ten past three with you, practically, from today. If you'd rather have CBT, Talking Therapies offer it free, and I'd help you get there. Which? #rubric:conflict.repairing-rupture:+2 #rubric:autonomy.collaborative-goals:+2 #rubric:autonomy.informed-decisions:+2 #feedback:She has set an ultimatum and shown you the flat line. You change the task, which is a 3RS resolution strategy, without letting the ultimatum set it for you: you say plainly what you can offer, name the alternative honestly, including the free one, and hand her the choice. Nadia hears that she is being treated as the person who decides.]
    ~ plan = "both"
    ~ task += 1
    ~ goal += 1
    ~ bond += 1
    I know about Talking Therapies. Fourteen-week wait in Leeds. That's why I'm here. #speaker:Nadia
    A pause, and something in her shoulders comes down. #cue
    But thank you for saying it. Nobody has ever just laid out the options. Usually I have to find them on a forum at two in the morning. #speaker:Nadia
    Today, the three a.m. thing. Then I'll decide about the rest. #speaker:Nadia
* [I hear that, and I want it to work too. But I think we need to understand what's underneath the panic before techniques will stick, or they're a sticking plaster. #rubric:conflict.repairing-rupture:-2 #rubric:autonomy.collaborative-goals:-2 #rubric:autonomy.informed-decisions:-1 #feedback:A real clinical view, and some panic does need more than techniques. But said now it defends your model against her experience of it, presents one way of working as the only one, and overrules the goal she set in session one. She hears that her request is a symptom.]
    ~ plan = "model"
    ~ bond -= 1
    ~ task -= 1
    A sticking plaster. #speaker:Nadia
    She laughs, once, without much humour in it. #cue
    I'm bleeding at three in the morning. I'd take a plaster. #speaker:Nadia
* [If that's what you'd prefer, I can refer you on today, and I'd understand completely. It sounds like I might not be the right fit for you, and you deserve something that works. #rubric:conflict.repairing-rupture:-1 #rubric:autonomy.collaborative-goals:-1 #rubric:autonomy.informed-decisions:0 #feedback:Offering a referral respects her right to go elsewhere, and it is kindly meant. But offered straight away, in answer to a complaint, it reads as giving up on the relationship rather than working on it, and she did not ask to leave. She asked for it to work. Withdrawing is not the same as giving space.]
    ~ plan = "referral"
    ~ bond -= 1
    ~ goal -= 1
    Right. So that's it. I complain, and I get referred. #speaker:Nadia
    I didn't say I wanted to leave. I said I wanted it to work. #speaker:Nadia
- -> camera_off

=== camera_off ===
{
- plan == "both" or plan == "practical":
    You start to set it up: what it is for, how it differs from counting, how it might work at ten past three with the lights off. A few sentences in, she raises a hand.
- else:
    There is a silence. Nine seconds, by the clock in the corner of your screen.
}
She reaches towards the screen. Her video goes black. In its place is a grey circle with her initials in it: NB.
I'm turning my camera off. I can't do faces right now. #speaker:Nadia
{bond <= -3:
    Honestly, I'm thinking about just going. #speaker:Nadia
}
Her microphone is still on. You can hear the fridge, and the cat asking for something, and her breathing, which is quicker than it was.
On your screen there is now only your own face, in the corner, and the grey circle. It is a strange thing to talk to. You have no idea whether she is crying, or rolling her eyes, or about to click leave.
Can't do faces. Not now. Not theirs, not mine. #thought
* [That's okay; some of today is down to me. I'll keep mine on, and yours is up to you. As I can't see you, I'll check in more. Is that all right? #contested #rubric:conflict.recognising-rupture:+2 #rubric:trust.safety-for-openness:+2 #feedback:Turning the camera off mid-session is a withdrawal inside a confrontation, and you recognise it as being about the relationship, own your part in it and let her keep control of it. Many therapists would accept the choice as she gave it. Others would want the camera back, especially with panic in the room, because you lose the visual signs of distress, and some services ask for cameras on. What makes this defensible is that you name what you lose and agree a way round it, without making it a condition.]
    ~ camera_dark = true
    ~ held = true
    ~ bond += 1
    A pause. #cue
    Yes. That's all right. #speaker:Nadia
    Her voice without her face sounds younger, and more tired. #cue
    Thanks for not making it a thing. #speaker:Nadia
    Okay. Still here. #thought
* [I'd really prefer we both kept our cameras on, Nadia. I can follow how you're doing much better when I can see you. Could we try for ten more minutes? #contested #rubric:conflict.recognising-rupture:0 #rubric:trust.safety-for-openness:-1 #feedback:A reasonable request with a real reason, and some therapists would make it, since online work loses much of what the body shows, and services may ask for cameras on when there is risk. But at this moment, after she has told you that services have not listened, asking for the camera back turns her one act of control into a negotiation. If you need it for safety, say why, and ask rather than bargain.]
    ~ camera_dark = true
    ~ bond -= 1
    No. #speaker:Nadia
    Silence. #cue
    I'm not doing it to be difficult. I just can't look at a face right now. Mine or yours. #speaker:Nadia
* [Is everything okay, Nadia? Is it your connection playing up, or is something going on at your end that I can help with from here? #rubric:conflict.recognising-rupture:-1 #rubric:trust.safety-for-openness:0 #feedback:Checking is kind, and online it is often the connection. But she told you why she turned it off, and treating it as a technical fault misses what it means between you. The camera going dark is a message about the relationship, and the first step is to hear it as one.]
    ~ camera_dark = true
    No. My connection is fine. It's a choice. #speaker:Nadia
    A pause, and then, dry: #cue
    Mine's never been the one that drops. #speaker:Nadia
* [Okay, that's fine. So, where were we? I'd like us to get back to what we were doing, and get it set up properly before we run out of time. #rubric:conflict.recognising-rupture:-2 #rubric:trust.safety-for-openness:-1 #feedback:Accepting it calmly is not wrong, but carrying straight on is the response the 3RS counts as missing a rupture. Her camera going dark, with the words she chose, is a clear marker that the relationship is under strain. Going back to the task tells her that her withdrawal, like her complaint, will be stepped around.]
    ~ camera_dark = true
    ~ bond -= 1
    Silence on the line. Then the sound of a chair scraping. #cue
- {bond <= -3 and not held: -> she_leaves}
-> the_work

=== she_leaves ===
~ left = true
Okay. I'm going to go. Thanks for your time. #speaker:Nadia
Before you can answer, a line of grey text appears in the chat panel: Nadia has left the meeting.
The grey circle with her initials disappears. Your own face is left alone on the screen, in the little self-view box, looking back at you. There are twenty-two minutes of the session left.
On the table beside your laptop is your supervision notebook, open at the page where, last night, you wrote: session 6, review, ask how it's going. The line under it is blank.
Down the corridor the printer has stopped. Somebody laughs in the kitchen. The platform asks whether you would like to rate the call quality, with five stars.
You sit for a moment with the headset still on, and go back over it. The paper with the count on it. The frozen screen. The question about her mum. The camera going dark.
Your hands are not quite steady. Part of you wants to put it right this minute, and part of you wants never to open this laptop again. The service's policy says what to do if a client leaves a session early when there is a risk concern; her risk screen at assessment was clear, and so has every check-in been since. Her last words replay: thanks for your time, in the level voice people keep for call centres.
* [Call her straight back on the platform, and keep trying until she picks up, so that she knows you care and the session doesn't end like this. #rubric:conflict.repairing-rupture:-1 #rubric:conflict.time-and-space:-2 #feedback:The wish to put it right at once is understandable, and in a safety concern it would be right to reach her. Here there is no risk, and chasing someone who has just ended a call rushes resolution while feelings are still high, and takes the choice of when away from her.]
    ~ message = "chased"
    The call rings out. You try again. It rings out. On the third try the platform tells you that Nadia is unavailable.
* [Send a short message by secure messaging: sorry it went as it did, you heard it isn't working, next Thursday is hers if she wants it. Then book supervision. #rubric:conflict.repairing-rupture:+2 #rubric:conflict.time-and-space:+2 #feedback:She left angry, with reason, and with no risk concern. You give her space without going cold, use the agreed channel, acknowledge your part without a defence attached, and leave the decision with her. Taking it to supervision is the article's time away from each other, read as reflection rather than withdrawal. A rupture that ends a session need not end the relationship.]
    ~ message = "sent"
    You write it three times. The final version is five sentences long, and none of them starts with "I only".
* [Leave it. She has made her choice clearly, and if she wants to come back she knows how to get in touch. Write up the notes. #rubric:conflict.repairing-rupture:-2 #rubric:conflict.time-and-space:-2 #feedback:Giving her space sounds respectful, but silence after she has left tells her that services let people go quietly, which is what she expected. The rupture stays unspoken, and the next move is left entirely to the person with less power. A short, undemanding message keeps the door open without pushing.]
    ~ message = "silent"
    You close the laptop and write up your notes. Under outcome, after some thought, you type: client ended session early.
    It is accurate. It is also, you notice, a sentence in which you do not appear at all.
* [Write to her through secure messaging, explaining carefully and kindly why you asked about her family, and why the questions about feelings are part of the approach. #rubric:conflict.repairing-rupture:-2 #rubric:conflict.time-and-space:-1 #feedback:You are trying to make yourself understood, which is human. But a written justification, sent to someone who has just left because she felt unheard, answers her complaint with the defence she walked out on. If you write, write to acknowledge, not to explain.]
    ~ message = "letter"
    It takes you most of an hour. It is careful, well argued, and three paragraphs long.
- -> ending

=== the_work ===
{plan == "model" or plan == "referral": -> no_plan}
-> practice

= practice
You talk her through it with her camera off: not counting, but coming back into the room through what is actually there. The cold of the kitchen floor under her feet. Five things she can hear. Saying the time out loud. A glass of water, drunk slowly, standing up.
She tries it there at the kitchen table. You hear her name things quietly: the fridge, the cat on the windowsill, a bus on the main road, a neighbour's drill. Her voice is flat and careful, like someone reading out test results.
It is hard to judge anything from a grey circle. You listen for her breathing, and hear it slow a little, and then speed up again.
Halfway through she stops. #cue
This is just the breathing again, isn't it. With extra steps. #speaker:Nadia
Prove it isn't. Or admit it. #thought
* [Okay, let's stop, then. If it feels like the breathing again, there's no point forcing it. What would you like to do instead? #rubric:conflict.repairing-rupture:0 #rubric:autonomy.collaborative-goals:+1 #feedback:Asking what she wants is collaborative, and it is better than pushing on. But dropping the exercise at the first push can tell her that her challenge breaks things rather than shapes them. She needs you to stay with the work and adjust it with her.]
    I'd like you not to give up the second I push back. #speaker:Nadia
    A beat. #cue
    Sorry. No. That's fair. Let's keep going. Just make it about three in the morning, not about breathing. #speaker:Nadia
    You go on, more slowly, and she adds things as you go: the phone, the status page, the laptop. It is not finished, but it is hers.
* [Trust me, it's different from the breathing; it works on a different system. Just give it a proper go, all the way through, and see. #rubric:conflict.repairing-rupture:-1 #rubric:autonomy.collaborative-goals:-1 #feedback:Confidence can help someone try something new, but trust me asks for the trust that has just been strained, and it puts your judgement above her experience of what has and has not worked. Her pushback is information about the task, not resistance to be overcome.]
    ~ bond -= 1
    Trust me. #speaker:Nadia
    A long pause on the line. #cue
    Okay. #speaker:Nadia
    She does it, precisely and quickly, like someone following a recipe she does not believe in. #cue
* [I notice you push back on most of what I offer, Nadia. I wonder what that's about for you, and whether it happens elsewhere too? #rubric:conflict.repairing-rupture:-2 #rubric:autonomy.collaborative-goals:-2 #feedback:Wondering about patterns can be valuable, but used here it turns her reasonable objection into her problem and makes the therapist the one who interprets. It is a defence dressed as curiosity. The 3RS strategies look first at the therapist's contribution and at the task, not at the client's resistance.]
    ~ bond -= 2
    What it's about for me is that most of what you offer doesn't work. #speaker:Nadia
    Silence. The fridge hums. #cue
    Wow. #thought
* [It might feel like it. Tell me what ten past three is actually like, minute by minute, and we'll shape this around that. #rubric:conflict.repairing-rupture:+2 #rubric:autonomy.collaborative-goals:+2 #feedback:She is challenging the technique, not leaving it. You neither defend it nor drop it: you hand her the expertise on her own three in the morning and offer to build from it, which changes the task with her rather than for her. She is an engineer, and you have just asked her for the requirements.]
    ~ runbook = true
    ~ task += 1
    ~ goal += 1
    ~ bond += 1
    She is quiet for a moment, and then she tells you, precisely. #cue
    I wake up and the phone's already in my hand. I don't remember picking it up. I check the status page before I'm even awake. Everything's green. And then I'm at work, at ten past three, in my head, and I can't get out. #speaker:Nadia
    So the problem isn't the breathing. It's the phone. #speaker:Nadia
    Together you work it out: the phone charges in the hall, not by the bed. Her feet on the cold kitchen floor. Five things out loud. If she is still awake at half past three, she is allowed to read, but not to open the laptop.
    That's not breathing. That's a runbook. #speaker:Nadia
    She sounds, for the first time today, almost pleased. #cue
- -> closing

= no_plan
Ten seconds of silence, then fifteen. You hear her put the mug down.
So. What are we doing with the last twenty minutes? #speaker:Nadia
Her voice, without a face, is very level. #cue
Somewhere behind the grey circle the cat jumps down from the windowsill with a soft thump, and nobody laughs.
Paper rustles close to the microphone, then stops. The printout, you guess: the flat grey line and its five red dots.
You've got one more go. Then I'm ringing Headingley. #thought
* [Let's do some practical things, then, for the rest of today: sleep hygiene, grounding, that kind of thing. Would that feel more useful? #rubric:conflict.repairing-rupture:+1 #rubric:autonomy.collaborative-goals:0 #feedback:Changing the task is a 3RS strategy, and this at least moves towards what she asked for. But you chose the content for her, from a list, and did not own the defensiveness of a few minutes ago. She gets the practical work, and the sense that she had to fight for it.]
    ~ plan = "late"
    Fine. #speaker:Nadia
    You go through sleep hygiene. She has read it all. She tells you so, politely, twice. #cue
    Then she asks whether any of it covers waking up with the phone already in your hand, and you realise you have never asked her what ten past three is actually like. #cue
* [Can I ask what you think is underneath the panic? I'm wondering whether that might tell us what would make these twenty minutes useful. #rubric:conflict.repairing-rupture:-1 #rubric:autonomy.collaborative-goals:-1 #feedback:An open question, and it hands her some of the work, but it continues the approach she has told you is not working. She asked what today is for, and this answers that it is for more of the same.]
    ~ bond -= 1
    A pager. Underneath the panic is a pager. #speaker:Nadia
    That was a joke. Mostly. #speaker:Nadia
* [Can I take back what I said? You asked for this to work, and I {plan == "model":defended my way of working|offered to pass you on}. What would make these twenty minutes worth it? #rubric:conflict.repairing-rupture:+2 #rubric:autonomy.collaborative-goals:+2 #feedback:A few minutes ago you answered her request by defending your approach or by offering to hand her on, and she has given you one more go. You notice what you did and say so, which is acknowledging your part in the 3RS sense, and then ask her to set the task. Taking something back is harder than getting it right the first time, and it shows her something services rarely have.]
    ~ plan = "late"
    ~ runbook = true
    ~ task += 1
    ~ bond += 1
    A pause. #cue
    Huh. #speaker:Nadia
    The three a.m. thing. Obviously. #speaker:Nadia
    She tells you what ten past three is actually like: the phone already in her hand, the status page, being at work in her head before she is awake. Together you start a plan. The phone charges in the hall. Feet on the cold kitchen floor. Five things out loud. No laptop.
    It's a runbook. #speaker:Nadia
    It's a start. #thought
* [I think we could keep exploring what might be underneath the panic, Nadia. It may not feel useful yet, but I do think that's where the answer is. #rubric:conflict.repairing-rupture:-2 #rubric:autonomy.collaborative-goals:-2 #feedback:Holding to your approach after she has told you three times that it is not working, and given you a final chance, decides the task for her. Persistence here is not consistency. It is the rupture continuing.]
    ~ bond -= 2
    Okay. #speaker:Nadia
    She answers your questions. Her answers get shorter. By the end she is giving you single words, correctly spelled, like someone filling in a form for a service she has already decided to leave. #cue
- -> closing

=== closing ===
Five minutes left.
{camera_dark:
    The grey circle with her initials has been on your screen for twenty minutes. You have got used to listening to the room behind it: the fridge, the cat, the pen being lined up against the paper.
}
{runbook:
    Somewhere in the last quarter of an hour her voice changed. It is still dry. It is less guarded.
- else:
    Her answers have been polite and complete for the last quarter of an hour, and you could not say what she is thinking. The printout with the flat grey line is still on the table, you suppose, somewhere behind the grey circle.
}
She waits for you to wrap up. #cue
Go on. Let's hear the summary. #thought
* [Before we stop, how has today been, including the parts where you were angry with me? And could we check every session or two whether this is working? #rubric:support.checking-in:+2 #rubric:trust.reviewing-the-plan:+2 #feedback:She saved her complaint for six weeks because there was no regular place to make it. You ask about the relationship, not only her mood, and make her anger welcome in the review, then build checking into the plan, so that reviewing the work becomes shared and regular. The Working Alliance Inventory would call this agreement on tasks and goals, rebuilt.]
    ~ goal += 1
    ~ bond += 1
    {
    - bond >= 4:
        Weird. Better than I expected. #speaker:Nadia
        I came in to sack you, to be honest. #speaker:Nadia
        A short laugh. #cue
        Yes. Check every two sessions. I'll bring the count. #speaker:Nadia
    - else:
        I don't know yet. Better than the start. Not good. #speaker:Nadia
        Every two sessions. Fine. If there is a next one. #speaker:Nadia
    }
* [I think we've made real progress today, Nadia, and I'm glad you brought the list. Shall we book the same time next week and carry on from there? #rubric:support.checking-in:-1 #rubric:trust.reviewing-the-plan:-1 #feedback:Warm and optimistic, but it is your verdict, not hers, and it closes a session full of complaint without asking how she experienced it. She came in because nobody had asked her whether this was working. Ask.]
    Progress. #speaker:Nadia
    She repeats it as if testing the word for bugs. #cue
    I'll let you know about next week. #speaker:Nadia
* [Thank you for your honesty today, Nadia; it can't have been easy. I'll have a think about how to adapt my approach, and bring you a proper plan next week. #rubric:support.checking-in:-1 #rubric:trust.reviewing-the-plan:-2 #feedback:Gracious, and it takes her feedback seriously, but it takes the review away to do on your own and bring back as a finished plan. The review she asked for is one you do together, and she is still on the call.]
    You'll let me know. #speaker:Nadia
    Right. #speaker:Nadia
    She lines up the pen again. #cue
* [We've got five minutes. How are you feeling now, after all of that? It's been quite a session. #rubric:support.checking-in:0 #rubric:trust.reviewing-the-plan:0 #feedback:A check-in, and a well-meant one, but after this session it is the most loaded question you could have chosen. It asks about her mood rather than about the work or about the two of you, and she has been counting.]
    ~ count += 1
    {count}. #speaker:Nadia
    A pause, and then, grudgingly, a small laugh. #cue
    Fine. I'm fine. Tired. #speaker:Nadia
- -> ending

=== ending ===
{left: -> left_call}
{bond >= 4 and runbook: -> camera_back_on}
{bond >= 1: -> two_more}
-> she_cancels

= camera_back_on
At two minutes past the hour the grey circle disappears, and her face comes back: the white wall, the calendar, the cat now asleep on the windowsill behind her.
She looks tired, and slightly amused, and straight into the camera, so that she seems to be looking just past your left ear.
Same time next week. I'll bring the runbook. And the count. #speaker:Nadia
She leaves the call, and the screen goes back to the empty waiting room.
The next Thursday she is on time. She has printed the plan and stuck it to the hall wall by the phone charger. She woke at ten past three on four nights out of seven, and on two of them she was back asleep by half past. She reports this like a deployment that mostly went well.
In supervision you talk about the thirty-one questions, the frozen screen and the moment she turned her camera off, and about how a client who comes in to sack you can be the one who teaches you most. #ending:Camera back on
-> END

= two_more
She does not turn her camera back on.
I'll give it two more. Then we'll see. #speaker:Nadia
Nadia has left the meeting.
She comes the following Thursday, on time, camera on, with the sheet of paper. The count has gone back to zero. She tells you it is a new sprint.
She has added a column to the spreadsheet, she says: whether the session was any use. Last week's cell is blank. She will fill it in later.
It is a truce rather than a repair, and both of you know it. In supervision you talk about what you would do differently in the first ten minutes, and about how to tell, next time, the difference between a client who is complaining and a client who is giving you one last chance. #ending:Two more sessions
-> END

= she_cancels
Thanks. I'll be in touch. #speaker:Nadia
Nadia has left the meeting.
On Monday the service's inbox has an email from her. It is short, polite and correctly formatted. She would like to cancel her remaining sessions. She has found a private CBT therapist. She thanks the service for its time.
At the bottom, after her name, is one more line: For your records, the final count was {count}.
You think of the flat grey line on her spreadsheet, and the five red dots, and wonder what a sixth would have looked like.
In supervision you read the email aloud, and your supervisor asks which of her complaints were true. You find, going back over it, that most of them were, and that she told you every one of them directly, which is more than most clients ever do. #ending:She cancels
-> END

= left_call
That evening you write up the session notes. Under what happened, you put what she said, as close to her words as you can manage: five sessions, {count} questions about feelings, a frozen screen, a question about her family that she had not invited, a camera turned off. It takes a long time, because each sentence wants to grow an explanation, and you keep deleting the explanations.
{
- message == "sent":
    The reply comes the following Wednesday, through the same messaging system.
    Thanks for the message. I appreciated that it didn't explain anything. I've booked the CBT for now. I might come back to you afterwards. Leaving it open. N.
    In supervision you read her reply twice, and talk about the call you could not get back, and the message that may have kept a door from closing. #ending:She leaves the call
- message == "chased":
    On Friday the service's inbox has an email from her. She would like to cancel her remaining sessions, and she would prefer not to be phoned.
    In supervision you talk about the difference between reaching out and going after someone, and about the twenty-two minutes you spent trying to fix it straight away. She does not come back to the service. #ending:She leaves the call
- message == "letter":
    On Friday the service's inbox has an email from her, in reply to yours. It says: This is exactly what I meant. Please cancel my remaining sessions.
    In supervision your supervisor reads your three careful paragraphs, and asks you, gently, which of them was for her. She does not come back to the service. #ending:She leaves the call
- else:
    You do not hear from her. Her slot next Thursday stays empty, and the one after. You check the waiting room at 12:30 both weeks anyway, in case. Eventually the service closes the case as client disengaged.
    In supervision you talk about the frozen screen and the camera going dark, and about who, in a rupture, should make the first move. #ending:She leaves the call
}
-> END
