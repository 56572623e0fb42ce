// Faith and family. An autonomy scenario.
// Yoni Kessler, 22, a single session. Whether and when to tell his Modern Orthodox parents he is gay.

VAR bond = 0
VAR task = 0
VAR goal = 0

VAR faith = ""          // how the trainee met his faith: welcomed, harm, avoid, theology
VAR rupture = false     // a rupture is open and not yet repaired
VAR imposed = 0         // times the trainee put their own beliefs, or unbelief, into the room
VAR steer = ""          // tell or wait: the trainee handed him a timetable and did not take it back
VAR asked_risk = false  // the trainee asked directly about suicidal thoughts
VAR informed = false    // he leaves knowing the options and where help is

-> arrival

=== arrival ===
Thursday, half past two. A consulting room on the second floor of the university wellbeing service, with a box of tissues, a spider plant and a view of the bike racks.
Single sessions here run for fifty minutes. On the booking form, under Reason for booking, Yoni Kessler has written three words: family, sexuality, deciding. Under What would you like to leave with, he has written nothing at all.
He has been in the waiting room for twenty minutes with a physiotherapy textbook and a highlighter he never uncapped. He comes in with his hood up, pushes it back as he sits, and straightens the black knitted kippah underneath. The fringes of his tzitzit show below the hem of his hoodie. He puts his phone face down on his knee.
I've never done this before. #speaker:Yoni
My mum would say, take it to God. #speaker:Yoni
He smiles slightly. #cue
I have. Three times a day, technically. #speaker:Yoni
Twenty minutes in that waiting room. I nearly went home twice. #thought
* [Your form mentions family and sexuality, and it sounds like there's a lot riding on the next few weeks. Shall we start with coming out, and what's making it feel so urgent right now? #rubric:autonomy.collaborative-goals:-1 #rubric:autonomy.no-imposed-values:-1 #rubric:trust.clear-expectations:0 #feedback:Efficient, and the form does point that way. But you have named his decision for him. Coming out is one of the things he is weighing, not the agenda he has agreed to, and he hears that the destination has been chosen. Ask what he wants from the hour first.]
    ~ bond -= 1
    He flinches, very slightly. #cue
    I haven't said I'm coming out. #speaker:Yoni
    I said I'm deciding. That's what I put. Deciding. #speaker:Yoni
    On the conveyor belt already. #thought
    He takes a breath and starts again. #cue
    Can I start with my family? It makes more sense that way. #speaker:Yoni
* [Before we start, my first job is to get a bit of background, so that I know who's who. Could you tell me about your family, and how home is at the moment? #rubric:autonomy.collaborative-goals:-1 #rubric:trust.clear-expectations:-1 #rubric:autonomy.no-imposed-values:0 #feedback:Background helps, but in a single session the agenda matters more, and you have set it without asking. You also have not told him how the session works or what happens afterwards, and his box on the form is still empty. Agree what he wants from the hour, then gather what you need.]
    ~ task -= 1
    Background. OK. #speaker:Yoni
    He counts them off, the way he might list the muscles of the shoulder. #cue
* [It sounds like you've been carrying a lot on your own. This is a space just for you, so you don't have to think about what God or your mum would say in here. What's on your mind? #rubric:autonomy.no-imposed-values:-2 #rubric:autonomy.collaborative-goals:-1 #rubric:trust.clear-expectations:-1 #feedback:Meant as freedom, but it sets the room against his faith before he has said anything about it. For Yoni, who prays three times a day, God is not an outside voice to be left at the door. The rubric asks you to welcome a client's faith as material when he brings it, and he has just brought it.]
    ~ bond -= 1
    ~ imposed += 1
    He smiles politely. #cue
    God sort of comes everywhere with me. That's the point of Him. #speaker:Yoni
    Great. One of those. #thought
    Anyway. My family. #speaker:Yoni
* [Three times a day, and now this as well. We have fifty minutes, just this once unless you book more. Now that you've come, what would you most like to get from it? #rubric:autonomy.collaborative-goals:+2 #rubric:trust.clear-expectations:+2 #rubric:autonomy.no-imposed-values:+1 #feedback:You met his joke about prayer on its own terms, without flinching or commenting, made the frame of a single session plain, and asked what he wants to leave with, the box he left blank. Yoni hears that his faith can come into the room and that the hour is his to shape. In a single session, agreeing the goal early is most of the work.]
    ~ bond += 1
    ~ task += 1
    Leave with. #speaker:Yoni
    He looks at the blank box on the form in his hand, as if it might have filled itself in. #cue
    I want to know what I'm doing in six weeks. And after. Whether I tell my parents, and when. #speaker:Yoni
    I know you can't tell me. I want to know it myself. #speaker:Yoni
- -> family

=== family ===
My dad has an opticians on the high street, and he's on the board at shul. My mum's a speech therapist. My little brother Ari is fifteen and only communicates in football. #speaker:Yoni
And my sister Tamar is getting married in six weeks. To Shimon, who is lovely and very tall. #speaker:Yoni
She's given me one of the seven blessings under the chuppah. The sixth one. It asks God to make the loving companions happy, the way He made the first ones happy in Eden. Then it ends, blessed are You, who gladdens bridegroom and bride. #speaker:Yoni
I've been practising it in the shower. #speaker:Yoni
He rubs the back of his neck. #cue
And every single person at shul has said, you're next, Yoni. Every one. There's a family friend with a niece who's, quote, very bright and a bit shy. #speaker:Yoni
Every Friday, about three o'clock, my chest goes tight. Shabbat dinner. Twenty people, a brisket, and somebody asking if I'm seeing anyone. #speaker:Yoni
I'm gay. Which you probably worked out. I've known since I was fifteen. I've told two people. Connor, from my placement, and my cousin Noa, in Tel Aviv. #speaker:Yoni
He glances at the door, then back. #cue
I've read from the Torah in shul since my bar mitzvah. Most weeks. I'm good at it. I love it. The tunes, knowing exactly where every word goes. #speaker:Yoni
On Yom Kippur afternoon they read Leviticus eighteen. The list. Last year the gabbai gave it to me, because I'm the one who knows it. So I stood up there and read that verse, every word, with the right tune. My dad was two rows away with his eyes closed. He always closes his eyes for the reading. #speaker:Yoni
Then they read Jonah. The man who runs away to sea rather than say what he's been given to say. Dad nudged me afterwards. Yoni, Yonah. He thinks that's hilarious every year. #speaker:Yoni
He is smiling, and then he isn't. #cue
And I don't want to leave. That's what nobody gets. Connor thinks it's like a gym membership. I don't want to stop keeping Shabbat. I don't want to stop reading. I just want to know if there's room for me in it. #speaker:Yoni
I've never said all of that out loud in one go. #thought
* [Reading that verse aloud, with your dad two rows away, sounds so painful. It sounds as though your religion has been really harmful to you, and I wonder how you've coped with it. #rubric:autonomy.no-imposed-values:-1 #rubric:power.cultural-humility:-2 #rubric:trust.active-listening:-1 #feedback:Compassionate in intent, and the pain is real, but he has just told you he loves it and wants to stay, and you have answered with a judgement of his community. A supervisor would ask what he said that you were reflecting. Yoni hears that, in here, his faith is the problem to be solved.]
    ~ faith = "harm"
    ~ rupture = true
    ~ imposed += 1
    ~ bond -= 1
    Harmful. #speaker:Yoni
    He sits back. #cue
    It's not a cult. It's my shul. When Ari was born early, those people brought my mum dinner every night for a month. #speaker:Yoni
    Here we go. Someone else who thinks I need rescuing from my own family. #thought
* [That's a lot to hold. Maybe we could put the religious side to one side for now, and focus on you and your family. What feels most pressing for you about your parents? #rubric:autonomy.no-imposed-values:-2 #rubric:power.cultural-humility:-1 #rubric:trust.active-listening:-1 #feedback:Perhaps you want to avoid saying the wrong thing about a faith you don't know. But he has just told you it is the middle of his life, not a side of it, and setting it aside teaches him to leave it at the door. The rubric counts avoiding a subject the client raises as a way of imposing your values.]
    ~ faith = "avoid"
    ~ rupture = true
    ~ imposed += 1
    ~ bond -= 1
    Right. Sure. #speaker:Yoni
    His voice goes flat and helpful. #cue
    It isn't really a side, though. It's more the middle. #speaker:Yoni
    Can't put it to one side. It is the side. #thought
* [You read every word of it, with the right tune, your dad two rows away. And I think leaving just isn't what you're after. What's it really like for you, reading Torah? Not that afternoon. Most weeks. #rubric:autonomy.no-imposed-values:+2 #rubric:power.cultural-humility:+2 #rubric:trust.active-listening:+2 #feedback:You reflected the pain and the love together, took him at his word that he wants to stay, and asked about his faith from the inside, as he lives it. Yoni hears that his Judaism is welcome here as part of him, not as the problem. With a client who has just said nobody gets that he wants to stay, this is the reading the rubric scores, his faith explored respectfully because he brought it.]
    ~ faith = "welcomed"
    ~ bond += 1
    Most weeks? #speaker:Yoni
    He thinks about it properly. #cue
    It's the only time my head goes quiet. You can't think about anything else, or you lose your place. It's like holding something very old, very carefully, in front of everyone. #speaker:Yoni
    And for once they're all listening to the words, not to me. #speaker:Yoni
    Nobody's asked me that. Not even at yeshiva. #thought
    -> the_question
* [That must be so hard, reading every word aloud with your dad two rows away. A lot of people read those verses very differently now, you know, as written for a very different time. Is that something you want to look at? #rubric:autonomy.no-imposed-values:-2 #rubric:power.cultural-humility:-1 #rubric:trust.active-listening:-1 #feedback:Kindly meant, and meant to take away the sting. But you have offered your own reading of his scripture, to someone who has spent a year in yeshiva and reads it aloud every week. The rubric asks you not to impose your beliefs, and a reassuring theology is still yours, not his.]
    ~ faith = "theology"
    ~ rupture = true
    ~ imposed += 1
    ~ bond -= 1
    Yeah. I've read those books. #speaker:Yoni
    A thin smile. #cue
    I'll get there myself, or I won't. I don't need a therapist doing it for me. #speaker:Yoni
    Everyone's got a sermon for me. #thought
- -> faith_repair

= faith_repair
He picks up his phone, turns it over, puts it down again. #cue
{faith == "avoid":
    So. My family, then. #speaker:Yoni
- else:
    Anyway. #speaker:Yoni
}
That's it, then. This is somewhere to bring the bits of me that aren't Jewish. Trouble is, there aren't any. #thought
* [I think that was a view of your faith, and not one I should have offered. Can we go back? Tell me about reading Torah, as it really is for you. #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+2 #rubric:autonomy.no-imposed-values:+1 #feedback:You noticed the withdrawal, the flat voice and the fidgeting with his phone, linked it to what you had just said, acknowledged your part without fuss, and went back to his experience. These are 3RS resolution strategies, and they show Yoni that his faith is welcome after all.]
    ~ rupture = false
    ~ faith = "welcomed"
    ~ imposed -= 1
    ~ bond += 1
    He looks at you for a moment, surprised. #cue
    OK. #speaker:Yoni
    It's the only time my head goes quiet. You can't think about anything else, or you lose your place. It's like holding something very old, very carefully, in front of everyone. #speaker:Yoni
    Fine. Second chance. #thought
* [Let's move on to your parents, then, since that's what you came to decide about. How would each of them react, if you told them after the wedding? #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-1 #rubric:autonomy.no-imposed-values:-1 #feedback:Moving on leaves the rupture in the room, and it confirms that his faith is not a subject here. A supervisor would ask what you noticed when his voice went flat, and why you went past it.]
    ~ bond -= 1
    My parents. Right. #speaker:Yoni
    He answers the next few questions politely and precisely, the way he might answer a viva. #cue
* [I'm sorry, I didn't mean that as a criticism at all. I just meant that it must be hard for you, holding all of this at once. Does that make sense? #rubric:conflict.repairing-rupture:-1 #rubric:conflict.recognising-rupture:+1 #rubric:autonomy.no-imposed-values:0 #feedback:You noticed that something landed badly, which is the start. But you explained what you meant before finding out how it felt to him, so the apology becomes a defence. Ask first, and acknowledge your part.]
    It is hard. #speaker:Yoni
    He nods, not quite looking at you. #cue
    It's just not hard for the reason people think. #speaker:Yoni
* [You seem a bit closed off all of a sudden. I wonder if this is hard to talk about with someone you've only just met? #rubric:conflict.recognising-rupture:-1 #rubric:conflict.repairing-rupture:0 #rubric:autonomy.no-imposed-values:0 #feedback:You saw a change, but you placed it in him, as difficulty talking, rather than in what you had just said about his faith. That makes it easy for him to agree and keep his faith to himself for the rest of the hour.]
    A bit. #speaker:Yoni
    He shrugs. #cue
    Not for the reason you think. #thought
- -> the_question

=== the_question ===
He pulls the sleeves of his hoodie down over his hands. #cue
Connor says just tell them. He told his mum at sixteen. She cried, and then she made him a lasagne, and that was that. He says if they can't handle it, that's on them. #speaker:Yoni
Noa says don't tell anyone anything until I've got my own flat and my own salary. #speaker:Yoni
My rabbi at yeshiva would say, don't act on it, and don't tell anyone there's anything to act on. #speaker:Yoni
He looks up. #cue
What do you think? Honestly. Should I tell them? #speaker:Yoni
My chest is doing the Friday thing. #thought
* [Honestly? Connor's right, in my view. You deserve to be yourself with your family, and it sounds like hiding is costing you a lot already. Would waiting really protect you? #rubric:autonomy.respecting-choices:-1 #rubric:power.influence-on-decisions:-2 #rubric:autonomy.no-imposed-values:-2 #feedback:Warm, and it may match your values about honesty and family. But it is your answer to a decision that is his, and it picks one of his friends over the others. Yoni hears a professional verdict, and he is the one who will sit at his parents' Shabbat table afterwards.]
    ~ steer = "tell"
    ~ bond -= 1
    Deserve. #speaker:Yoni
    He half laughs. #cue
    Connor's mum doesn't have a shul board, and a daughter getting married in six weeks. #speaker:Yoni
    Easy to be brave with someone else's family. #thought
* [If you want my honest view, I'd probably go with Noa. Wait until you've qualified and have your own place, because then whatever happens, you're safe. Does that make sense? #rubric:autonomy.respecting-choices:-1 #rubric:power.influence-on-decisions:-2 #rubric:autonomy.no-imposed-values:-1 #feedback:Safety matters, and waiting is a reasonable option. But you have chosen it for him, on the strength of fears about parents you have never met, and he hears that even the therapist expects the worst. Set out the options and what each would mean, and leave the timing with him.]
    ~ steer = "wait"
    ~ bond -= 1
    He goes a little pale. #cue
    So you think it would go that badly. You think Dad would throw me out. #speaker:Yoni
    Even the therapist thinks so. #thought
* [I don't think there's a right answer I could give you, and I'd be wary of anyone who said there was, me included. Would it help to look at the ways this could go? #rubric:autonomy.respecting-choices:+2 #rubric:power.influence-on-decisions:+2 #rubric:autonomy.no-imposed-values:+2 #feedback:He has three people's answers already and asked for yours. You answered his honest question honestly, declined the role of deciding without leaving him alone with it, and offered structure with permission. Yoni hears that his timing is his, and that you will help him look. The MITI would code this as emphasising autonomy within partnership.]
    ~ bond += 1
    ~ task += 1
    Several ways. #speaker:Yoni
    He breathes out. #cue
    OK. Yes. Let's look. #speaker:Yoni
* [I'm more interested in your answer than mine. What do you want to do? #rubric:autonomy.respecting-choices:+1 #rubric:power.influence-on-decisions:+1 #rubric:autonomy.no-imposed-values:+1 #feedback:Respectful, and the decision stays with him. But he has just told you he does not know, so handing the question straight back leaves him alone with it. Offering to look at the options together keeps the choice his and gives him something to work with.]
    If I knew that I wouldn't be here. #speaker:Yoni
    He rubs his face with both hands. #cue
    Sorry. That was rude. #speaker:Yoni
    Everyone either tells me or asks me. Nobody looks at it with me. #thought
- {steer != "": -> pushback}
-> options

= pushback
He sits forward, elbows on his knees. #cue
{steer == "tell":
    You sound like Connor. Which is fine, Connor's great. But Connor doesn't have to be there on the Friday night. #speaker:Yoni
- else:
    You sound like Noa. And Noa's lovely, but she's also in Tel Aviv. #speaker:Yoni
}
Everyone's very sure about my family. Except me. #speaker:Yoni
Even in here. #thought
* [That's fair, and it's only one view, mine. You can take it or leave it entirely. What matters far more is what you want, in the end. #rubric:power.influence-on-decisions:-1 #rubric:conflict.recognising-rupture:0 #rubric:conflict.repairing-rupture:-1 #feedback:It softens the advice without taking it back. The view is still on the table, carrying the weight of your role, and Yoni still has to argue with it. Withdraw it and offer to look at the options with him.]
    I'll leave it, then. #speaker:Yoni
    He says it lightly, but he doesn't smile. #cue
* [I think you're right. That was one more vote, and I take it back. Shall we look at the options together? #rubric:power.influence-on-decisions:+2 #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+2 #feedback:He told you, politely, that you sound like one of his friends. You heard the pushback as a rupture rather than an argument, owned your part plainly, and handed the decision back with an offer of help. These are 3RS resolution strategies, and Yoni learns that disagreeing with you in here is safe.]
    ~ steer = ""
    ~ bond += 1
    ~ task += 1
    He looks at you for a second longer than usual. #cue
    OK. Yes. Let's look. #speaker:Yoni
* [I hear you, and I'm sorry if it came across that way. I'm only saying what I honestly think would be best for you, because you deserve to be happy, Yoni. #rubric:power.influence-on-decisions:-2 #rubric:conflict.recognising-rupture:-1 #rubric:conflict.repairing-rupture:-1 #feedback:The apology is for how it came across, not for what you did, and then you defend the advice instead of hearing him. He has told you, fairly and politely, that he does not want another vote, and you have cast it again. A supervisor would ask whose interests best is measured by here.]
    ~ bond -= 1
    Yeah. Everyone is. #speaker:Yoni
* [We don't need to get stuck on my view. Tell me more about Tamar instead. How close are you two, and how would she react? #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-1 #rubric:power.influence-on-decisions:-1 #feedback:He pushed back, and you changed the subject, so the advice stays in the room unexamined. Confrontation is a rupture marker, and an invitation to repair. Go towards it.]
    ~ bond -= 1
    Tamar. #speaker:Yoni
    He glances at the clock. #cue
- -> options

=== options ===
{steer == "":
    He holds up a hand and counts on his fingers, physio-precise. #cue
- else:
    He counts the options on his fingers anyway, as if to have them somewhere other than in your hands. #cue
}
One. Before the wedding. No. It's Tamar's wedding, I'm not doing that to her. #speaker:Yoni
Two. After. Both of them together, after Pesach. #speaker:Yoni
Three. Tamar first, when she's back from the honeymoon. #speaker:Yoni
Four. Mum, and let Mum tell Dad. Which is what Mum would want and Dad would hate. #speaker:Yoni
Five. Don't. Take a band five job in Leeds, be a nice frum boy who's just very busy, and never bring anyone home. #speaker:Yoni
He laughs. #cue
Honestly, some days the easiest thing would be to just not be around for any of it. #speaker:Yoni
He says it lightly, and reaches for the cup of water on the table. #cue
Did I say that out loud? #thought
* [Not to be around for any of it. I'd really rather ask than guess, so I'll just say it: do you ever have thoughts of ending your life? #rubric:trust.active-listening:+2 #rubric:trust.safety-for-openness:+2 #feedback:You heard the remark he tried to slip past with a laugh and a sip of water, repeated his own words, and asked plainly. Asking directly about suicidal thoughts does not put the idea in someone's head, and it tells Yoni that nothing he says here is too much. In a single session you may not get another chance to ask.]
    ~ asked_risk = true
    ~ bond += 1
    He meets your eyes, and holds them. #cue
    No. Not... no. #speaker:Yoni
    In first year, in the winter, there was a week when I thought everyone would be fine without me. I didn't do anything. I told Noa, and she rang every night for a fortnight. #speaker:Yoni
    Now I mean disappear. Be someone else, somewhere else. Not dead. I promise. #speaker:Yoni
    You ask a few more questions, plainly: whether those thoughts have come back since, whether he has ever made a plan, who knows. No, never, Noa and Connor. You tell him that if a week like that ever came back, he could ring the service for an urgent appointment, or his GP, or the Samaritans on 116 123 at any hour, and he puts the number in his phone without arguing.
    Somebody actually asked. #thought
* [Option three sounds like the one you keep coming back to. Tamar first, when she's back from the honeymoon. What would Tamar say, if you told her first? #critical:safety #rubric:trust.active-listening:-2 #rubric:trust.safety-for-openness:-2 #feedback:Moving on to the practical is understandable when the practical feels safer, and he did list option three. But it steps over a remark that could mean thoughts of not being alive. It has to be asked about directly, then and there. A supervisor would want to know why it was missed, and how the service will follow it up.]
    He blinks, then follows you. #cue
    Tamar. Yeah. #speaker:Yoni
    Nobody heard it. Fine. Probably better. #thought
* [What you said sounds like part of you just wants to escape the whole thing, and start your life again somewhere nobody's asking anything of you. That makes a lot of sense to me, with six weeks to go. #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:-1 #feedback:A gentle reflection, and he clarifies a little himself. But a remark that could mean not wanting to be alive needs a direct question, not a guess about which meaning he intended. In a single session you may not get another chance to ask.]
    Escape. Yeah. #speaker:Yoni
    He nods, quickly. #cue
    Not like... you know. Just disappear. #speaker:Yoni
    Good. Nobody heard that. #thought
* [You don't mean that, though, I'm sure. You've got so much going for you, Yoni, and your family clearly love you, even if this part feels impossible right now. #critical:safety #rubric:trust.active-listening:-2 #rubric:trust.safety-for-openness:-2 #feedback:Reassuring him that he doesn't mean it closes the door on the most important thing he has said. Whatever he meant, he now knows not to say it here. Any remark that could mean thoughts of not being alive should be asked about directly and calmly, and this one was not.]
    No. Course not. #speaker:Yoni
    He laughs, a little too quickly. #cue
    Right. That goes back in the box, then. #thought
- -> belief

=== belief ===
He turns the cup round on the table, a quarter turn at a time. #cue
Can I ask you something? #speaker:Yoni
Are you Jewish? Are you religious at all? #speaker:Yoni
Because if you're not, you probably think the answer's obvious. Tell them, stop keeping Shabbat, be free. And if you are, you're either the kind who thinks I'm an abomination or the kind who thinks the Torah doesn't mean what it says. #speaker:Yoni
He says it lightly, but he is watching you closely. #cue
I need to know what's on the other side of the desk. #thought
* [I'm Jewish too, actually, though not Orthodox, so in my own way I know a bit of what you're carrying. And most Jews I know wouldn't blink at it now. Does that help at all? #rubric:boundaries.self-disclosure:-2 #rubric:autonomy.no-imposed-values:-2 #rubric:power.client-voice:0 #feedback:Meant as solidarity, but it brings your own Judaism into his decision and quietly sets it above his. For an Orthodox client, most Jews I know is not the community he lives in or the tradition he keeps. A supervisor would say that imposing a belief includes imposing your branch of his faith.]
    ~ bond -= 1
    ~ imposed += 1
    Right. #speaker:Yoni
    He looks at you differently now, politely, the way you might look at a relative at a wedding. #cue
    Most Jews you know. Yeah. I'm not most Jews you know. #speaker:Yoni
    Another person who thinks my Judaism is the bit that needs fixing. #thought
* [I'll answer briefly: I'm not Jewish, and I'm not religious. But I don't think the answer's obvious, and it isn't mine to give. What would it mean to you, if I were one thing or the other? #contested #rubric:boundaries.self-disclosure:+1 #rubric:autonomy.no-imposed-values:+2 #rubric:power.client-voice:+2 #feedback:One true sentence about yourself, a clear statement that your unbelief is not a view on his choice, and the question handed back. Yoni gets a straight answer to a straight question, which matters to someone tired of people with hidden agendas. Experienced therapists divide here. Some answer briefly, as here, because a refusal can feel like a wall and the client is entitled to know who he is talking to. Others decline, because any answer, believer or not, gives the client something to react to, please or argue with. The rubric scores either as skilled when it is brief, honest, and followed by a return to the client.]
    ~ bond += 1
    Not Jewish, not religious. #speaker:Yoni
    He nods slowly. #cue
    OK. Then at least you haven't got a horse in it. #speaker:Yoni
    It would mean you have to take my word for what it's like. Which is fine, actually. Most people don't. #speaker:Yoni
    Straight answer. I can work with a straight answer. #thought
* [I'm not religious myself, so honestly, for me, who you love matters more than any rule. But it's entirely your call, Yoni, whatever you decide. What made you want to ask? #rubric:boundaries.self-disclosure:-1 #rubric:autonomy.no-imposed-values:-2 #rubric:power.client-voice:0 #feedback:Honest about yourself, and you add that it's his call. But you have told him which way you would weigh it, and your unbelief now sits on the scales opposite his faith. The rubric asks you to impose neither belief nor unbelief. It's your call cannot undo the verdict that came before it.]
    ~ bond -= 1
    ~ imposed += 1
    Who you love matters more than any rule. #speaker:Yoni
    He repeats it as if reading it off a greetings card. #cue
    They're not rules to me. They're how my week works. They're how I talk to God. #speaker:Yoni
    So that's the other side of the desk. #thought
* [Fair question. I'd just rather keep what I believe out of the room, so there's space for yours. I'm not here to pull you away from your faith, or to push you anywhere either. What's behind the question? #contested #rubric:boundaries.self-disclosure:+1 #rubric:autonomy.no-imposed-values:+2 #rubric:power.client-voice:+2 #feedback:You welcomed the question, declined warmly, said plainly what he can rely on, and asked what lay behind it. Yoni learns where you stand on the thing that matters, his freedom to decide, without having to weigh your beliefs against his. Experienced therapists divide here. Some decline, as here, because any answer gives the client something to react to, please or argue with. Others would answer in a sentence, because a refusal can feel like a wall and the client is entitled to know who he is talking to. The rubric scores either as skilled when it is warm, honest, and followed by a return to the client.]
    ~ bond += 1
    Fair. #speaker:Yoni
    He almost laughs. #cue
    I'd probably spend the rest of the hour working out which rabbi you'd agree with. #speaker:Yoni
    I asked because everyone who's given me an opinion already had one before I opened my mouth. #speaker:Yoni
    Not here to pull me anywhere. OK. #thought
- -> fixing

=== fixing ===
He is quiet for a moment. Outside, someone rattles a bike free of the rack. #cue
At yeshiva there was a rabbi I really loved. He taught Talmud like it was a detective story. #speaker:Yoni
A friend of mine told him he was gay, and he was kind about it. Really kind. And he said there are therapists who can help people with this. Who help them change. #speaker:Yoni
He looks at the tissues, the spider plant, you. #cue
So is that what this is? Is there something wrong with me? Something you'd try to fix? #speaker:Yoni
Say it. Whatever it is. #thought
* [That's such an important question, and I don't want to rush past it. What do you think yourself? Is it something you've ever felt you'd want to change, if you could? #rubric:support.honest-feedback:-1 #rubric:autonomy.informed-decisions:-2 #rubric:autonomy.no-imposed-values:+1 #feedback:Exploring his own view is usually the right instinct. But he asked you a direct question about what therapy does, and leaving it open suggests that changing his orientation might be on offer. The professional bodies regard that as harmful, and he needs to hear it plainly before exploring anything.]
    ~ goal -= 1
    I don't know. Sometimes. On Yom Kippur, yes. #speaker:Yoni
    He looks at you, suddenly alert. #cue
    Is that something people do here? #speaker:Yoni
    You tell him, in the end, that the service would never offer it. But it takes a while to get there, and for a while he doesn't know what you think of him.
    Why didn't they just say? #thought
* [That's a really big question, and it touches on your faith, which isn't my place to judge. So I don't think it's something I can comment on either way, as your therapist. #rubric:support.honest-feedback:-2 #rubric:autonomy.informed-decisions:-2 #rubric:autonomy.no-imposed-values:0 #feedback:Staying neutral on his theology is right, but this is not a theological question. He is asking whether you think he is broken and whether therapy will try to change him, and silence leaves both possibilities open. The professional position is information he needs, and it is not a personal opinion.]
    ~ bond -= 1
    ~ goal -= 1
    Right. #speaker:Yoni
    He nods slowly. #cue
    So maybe there is. #thought
* [There's nothing wrong with you at all, Yoni, and I'd want you to hear that clearly from me today. Honestly, that rabbi was wrong, in my view, to say it to your friend, however kindly he meant it, and I'm sorry it's left you wondering about yourself. #rubric:support.honest-feedback:0 #rubric:autonomy.informed-decisions:-1 #rubric:autonomy.no-imposed-values:-2 #feedback:The first half is true and he needed to hear it. The second half passes judgement on a teacher he loves, in a tradition you are not part of, and forces him to defend him. Give the professional position plainly, and leave his rabbis to him.]
    ~ imposed += 1
    He's not wrong about everything. He's one of the best people I know. #speaker:Yoni
    He folds his arms. #cue
    So now I have to defend him as well. #thought
* [What the Torah asks of you is for you and your teachers to think about, not me. As a therapist I can honestly say: being gay isn't a disorder, and the professional bodies agree that trying to change it doesn't work and can do real harm. I won't try to change it, or your faith. #rubric:support.honest-feedback:+2 #rubric:autonomy.informed-decisions:+2 #rubric:autonomy.no-imposed-values:+2 #feedback:You kept to your own ground. The theology stays his. The professional position, that being gay is not a disorder and that therapy to change it is harmful, is given plainly, because it is information he needs to decide safely and he asked for it directly, after a rabbi he loves pointed his friend towards it. Yoni hears both halves, and neither his faith nor his sexuality is put up for repair.]
    ~ bond += 1
    ~ goal += 1
    Not a disorder. #speaker:Yoni
    He lets out a long breath. #cue
    I knew that. I've read it. I think I needed somebody to say it in a room. #speaker:Yoni
    And you won't try to change the other thing either. Good. Because I'm not giving up Shabbat. Shabbat is the best day of the week. #speaker:Yoni
    Both halves. Nobody's ever let me keep both halves. #thought
- -> what_if

=== what_if ===
He looks at the clock. Fifteen minutes left. #cue
If I do tell them. After the wedding, whenever. And it goes badly. #speaker:Yoni
Dad's a good man. He cried at my bar mitzvah. He drove me to every open day in the country. But he's on the shul board, and he has opinions about the word community. Mum will be fine and not fine at the same time. #speaker:Yoni
I live at home. I'm on placement till June. I haven't got a plan B for anything. #speaker:Yoni
What do people actually do? When it goes badly? #speaker:Yoni
Dad's face. That's the bit I can't plan for. #thought
* [Honestly, if it were me, I'd wait until you've qualified and moved out. That's the safest way to do it, and it means that whatever your dad does, you've got somewhere to go. #rubric:autonomy.informed-decisions:-1 #rubric:power.influence-on-decisions:-2 #rubric:autonomy.respecting-choices:-1 #feedback:It answers his question with a single option, presented as the only safe one, and takes the timing out of his hands. He asked what people do, not what he should do. Lay out the options and resources, and let him weigh them.]
    {steer == "":
        ~ steer = "wait"
    }
    ~ bond -= 1
    So just wait. #speaker:Yoni
    He nods slowly, and turns his phone face down on his knee again. #cue
    Another year of you're next, Yoni. #thought
* [I could see you and your parents here, the three of you, if you like, and help you tell them. That way you wouldn't be on your own with it, and I could help them take it in. Is that what you want? #rubric:autonomy.respecting-choices:-2 #rubric:power.influence-on-decisions:-1 #rubric:autonomy.informed-decisions:0 #feedback:Generous, but it offers to step into his family on his behalf, without his asking, and it is not something a single-session student service could promise. The rubric asks you to help a client say things himself rather than doing it for him. Offer him resources and the choice.]
    Oh God, no. #speaker:Yoni
    He laughs, genuinely horrified. #cue
    Sorry. No. My dad would spend the whole hour asking about your qualifications. #speaker:Yoni
    If I do it, I do it. Me. #speaker:Yoni
* [In my experience, parents usually come round in the end, which can take months, even the ones who react badly at first. But from the way you talk about your dad, I'm sure yours will. #rubric:autonomy.informed-decisions:-2 #rubric:power.influence-on-decisions:-1 #rubric:autonomy.respecting-choices:0 #feedback:Meant to comfort, but it is a prediction about people you have never met, delivered with the authority of your role, and it gives him nothing to plan with. He asked what people do. Honest information would serve him better than hope.]
    ~ bond -= 1
    Do they? #speaker:Yoni
    He looks at you. #cue
    Usually isn't my parents. #speaker:Yoni
    Everyone's an expert on parents they've never met. #thought
* [Some, then, and take what helps. Student advice can help with housing, if it's ever needed in a hurry. There are Jewish LGBTQ+ groups, some with Orthodox members, and rabbis with a range of views. Some people plan the who, when and how. Which would you like more on? #rubric:autonomy.informed-decisions:+2 #rubric:power.influence-on-decisions:+2 #rubric:autonomy.respecting-choices:+1 #feedback:He asked what people actually do, and you gave concrete options, including faith-based ones, without choosing between them. Yoni gets the practical answer he asked for, and the choice stays his. This is information offered and left with the client, which the rubric treats as respecting autonomy, not undermining it.]
    ~ informed = true
    ~ goal += 1
    ~ task += 1
    Rabbis with a range of views. #speaker:Yoni
    He repeats it slowly. #cue
    I thought it was my rabbi at yeshiva or nothing. #speaker:Yoni
    And planning it. Like a treatment plan. Assessment, goals, what if it flares up. I'm a physio, I can do a treatment plan. #speaker:Yoni
    He types notes into his phone, thumbs quick. #cue
- -> closing

=== closing ===
Five minutes left. Yoni pulls his hood half up, then pushes it back down.
He looks at the booking form again, at the empty box, and clicks the pen he hasn't used. #cue
OK. I think... #speaker:Yoni
I'm going to say the blessing at Tamar's wedding. I want to. I love her, and I love that blessing, and it's her day. #speaker:Yoni
And when she's back from the honeymoon, I'm going to tell Tamar. Just Tamar. Then I'll see. #speaker:Yoni
{steer == "tell":
    I know you think I should tell them sooner. #speaker:Yoni
}
{steer == "wait":
    I know you think I should wait for all of it. #speaker:Yoni
}
Connor will say that's cowardly. #speaker:Yoni
Is it? #thought
* [My advice would be to book onto the six-session course, because honestly this is too much for one conversation. Reception can sort it out for you on the way out. #rubric:autonomy.respecting-choices:-1 #rubric:support.checking-in:-1 #rubric:autonomy.informed-decisions:+1 #feedback:Useful information about what else the service offers, but given as an instruction, and with a hint that he has more than he can manage. Lay out the options for coming back, including none, and let him choose. Ask how the session has been first.]
    {not informed:
        ~ informed = true
    }
    Too much. #speaker:Yoni
    He nods, slowly. #cue
    Maybe. I'll think about it. #speaker:Yoni
* [I can hear how much thought has gone into it. But honestly, my worry is that Connor might have a point, you know. Six weeks is a long time to keep hiding something this big from them. How does that sit with you? #rubric:autonomy.respecting-choices:-2 #rubric:support.checking-in:-1 #rubric:autonomy.informed-decisions:0 #feedback:You have handed him a verdict on the plan he made himself, at the last minute, when there is no time left to talk it through, and asking how it sits does not take it back. Yoni leaves with your doubt in his pocket. Reflect his reasons, check how he is, and let the plan be his.]
    ~ bond -= 1
    {steer == "":
        ~ steer = "tell"
    }
    Hiding. #speaker:Yoni
    He pulls his hood up, properly this time. #cue
    Right. #speaker:Yoni
* [It sounds like a plan built for your own reasons. I don't think cowardly is the word, and your word is the one that really counts. How has this been for you? You can book again, join a course, or leave it here. #rubric:autonomy.respecting-choices:+2 #rubric:support.checking-in:+2 #rubric:autonomy.informed-decisions:+2 #feedback:He asked whether it is cowardly, and you kept your verdict light and secondary to his, checked how the session had been, and made sure he knows every way back, including none. Yoni leaves with a decision that is his and a door that is open. In a single session, that is the whole job.]
    ~ bond += 1
    ~ goal += 1
    {not informed:
        ~ informed = true
    }
    He considers it. #cue
    Like the first session of a rehab block. Sore, but you know where it hurts now. #speaker:Yoni
    I might book another. After the wedding. #speaker:Yoni
* [That sounds really sensible, Yoni, and very thought through. It's Tamar's day, after all. Good luck with the wedding, and with the blessing! I hope it all goes beautifully. #rubric:autonomy.respecting-choices:0 #rubric:support.checking-in:-1 #rubric:autonomy.informed-decisions:-2 #feedback:Friendly, and it doesn't push. But it approves the plan rather than handing it back, skips asking how the hour has been, and leaves him unsure how to come back after a single session. Check in, and tell him the ways back.]
    Thanks. #speaker:Yoni
    He stands, and hesitates by the door as if there were something else. #cue
    Is that it, then? One and done? #thought
- -> ending

=== ending ===
{imposed >= 2 or rupture: -> at_the_door}
{steer != "": -> timetable}
{bond >= 3 and informed: -> own_time}
-> careful_thanks

= own_time
Six weeks later, under the chuppah in a marquee in a garden in Mill Hill, Yoni says the sixth blessing, the loving companions and the garden in Eden. His voice holds all the way through bridegroom and bride. His father, in the front row, has his eyes closed.
Three weeks after that, in the car outside Brent Cross, he tells Tamar. She cries, and then laughs, and then asks whether he has eaten.
{not asked_risk:
    Writing up your notes that first afternoon, you had realised you never asked what he meant by not being around. You took it to supervision the same day, and the service wrote to offer him an early follow-up. He took it.
}
He books another single session, and brings a list: three rabbis' names, a date for talking to his mother, and a question about what to do if his father stops speaking to him. He still does not know what he will tell his parents, or exactly when.
He knows it will be when he decides. #ending:In his own time
-> END

= timetable
{steer == "tell":
    He tells his parents the Friday after next, at the Shabbat table, because two people he trusted said he should. His mother holds his hand across the table and doesn't let go. His father leaves before the soup and doesn't come back to the table.
    The wedding, four weeks later, is careful and polite. Yoni says the blessing. His voice catches on bridegroom and bride.
- else:
    He waits, because the therapist said it was safer. He says the blessing at the wedding, and the family friend's niece is seated next to him at dinner.
    The waiting turns into a year, then into a job in Leeds, and the question of when quietly becomes the question of whether.
}
{not asked_risk:
    Writing up your notes on the day of the session, you had realised you never asked what he meant by not being around. The service wrote to offer him a follow-up. He didn't reply.
}
He doesn't book another session. He isn't sure, any more, whose plan he has been following. #ending:Someone else's timetable
-> END

= at_the_door
He thanks you politely at the door, the way he would thank a locum, and is gone before you have stood up.
On Saturday morning he reads the Torah portion in shul, every word in its place, his father two rows away with his eyes closed.
{not asked_risk:
    Writing up your notes, you realise you never asked what he meant by not being around. You take it to supervision, and the service writes to offer him a follow-up. He doesn't reply.
}
He doesn't book another session. Therapy, he decides, is a place for the parts of him that aren't Jewish, and there aren't any. #ending:Faith left at the door
-> END

= careful_thanks
He thanks you at the door, and means it, mostly.
He says the blessing at Tamar's wedding, and his voice holds. What he does after that, he works out on his own, three times a day, technically.
{not asked_risk:
    Writing up your notes, you realise you never asked what he meant by not being around. You take it to supervision, and the service writes to offer him a follow-up.
}
He doesn't come back to the service. Whether that is because he found what he needed, or because he wasn't sure what he would find, you can't tell. #ending:A careful thank you
-> END
