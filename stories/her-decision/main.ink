// Her decision. An autonomy scenario.
// Ewa Kowalczyk, 41, session 7 of 12. She has decided to turn down a promotion and go home to care for her father.

VAR bond = 0
VAR task = 0
VAR goal = 0

VAR opened = ""        // how the trainee opened: agenda, mostly, practical, job
VAR steer = 0          // how often the trainee leaned on the decision they would make
VAR face = ""          // how the trainee answered "your face did something": owned, praised, deflected, opinion
VAR pleasing = false   // Ewa has switched her decision to please the therapist, and nobody noticed
VAR meds = ""          // informed, alone, told, doubted
VAR rupture = false    // a rupture is open and not yet repaired
VAR goals_set = false  // the remaining sessions have goals in Ewa's own words

-> arrival

=== arrival ===
Tuesday, six in the evening. The small room at the back of the Chorlton Counselling Rooms, the one where the radiator knocks.
This is Ewa Kowalczyk's seventh session of the twelve you agreed in September. She comes straight from work, as always, in a navy fleece with the company logo on it and her lanyard still round her neck.
Last week she talked mostly about sleep, and left looking lighter than she has all autumn. This week she is sitting down before you have closed the door.
She takes the lanyard off and winds it round her fingers. #cue
I've decided. Mostly. #speaker:Ewa
I told Tata on Sunday, on the video call. I'm going home. January. I'm turning down the job. #speaker:Ewa
She lets out a short breath that is almost a laugh. #cue
So. I don't know what today is for, now. #speaker:Ewa
You notice your own reaction before anything else: a small drop in your stomach. Head of Quality, the first woman offered it on that site, and she is turning it down. It is not your life, you remind yourself. It is hers.
Please don't make the face. Everyone makes the face. #thought
* [You've decided, and you've told your dad. That's a lot to walk in with. How do you want to use our time today? #rubric:autonomy.collaborative-goals:+2 #rubric:trust.active-listening:+1 #rubric:autonomy.no-imposed-values:+1 #feedback:She has just said she does not know what today is for, and you asked her rather than deciding for her, after reflecting what she carried in without weighing it. A supervisor would see the agenda set together before anything else, which matters most when you have a private view of your own about the decision.]
    ~ opened = "agenda"
    ~ bond += 1
    ~ task += 1
    She looks at you for a moment, as if she had expected a different question. #cue
    Everyone else asks if I'm sure. #speaker:Ewa
    I want to tell somebody why. Properly, from the beginning, without their opinion in the middle of it. Then the how. And then... #speaker:Ewa
    She stops, and turns the lanyard once more. #cue
    And then the tablets. But that's last. #speaker:Ewa
* [You said mostly. It sounds as though part of you is still weighing it up. Would it help to start there? #rubric:trust.active-listening:+1 #rubric:autonomy.no-imposed-values:-1 #rubric:autonomy.collaborative-goals:-1 #feedback:You caught a real word, which is listening. But out of everything she said you picked the doubt, the part that matches your own reaction, and Ewa hears which answer you are hoping for. Reflect the decision she has made before exploring its edges, and let her choose which part to explore.]
    ~ opened = "mostly"
    ~ steer += 1
    ~ bond -= 1
    Her jaw sets. #cue
    Mostly is a word. I'm an engineer. I don't say a hundred percent about anything. #speaker:Ewa
    Not you as well. #thought
    I'm sure. I want to tell you why, if you'll let me. #speaker:Ewa
* [You said you're turning down the promotion. That's a big thing to decide. Can you tell me how you feel about that part? #rubric:autonomy.no-imposed-values:-2 #rubric:autonomy.collaborative-goals:-1 #rubric:trust.active-listening:0 #feedback:It sounds like an open question about feelings, but out of everything she said you went straight to the job, which is the part you mind about. Ewa has been asked this by everyone at work, and she hears where your attention is. Let her choose where to start.]
    ~ opened = "job"
    ~ steer += 1
    ~ bond -= 1
    About the job. #speaker:Ewa
    She gives a small, tired smile. #cue
    That's what everyone asks first. Graham asked me twice. #speaker:Ewa
    There it is. The face, in words. #thought
    It's a title. I'll tell you about the job. But can I tell you about my father first? #speaker:Ewa
* [You've decided, and you've told your dad, which is a big step. I'd suggest we start first on the practical side of the move: what needs doing before January? #rubric:autonomy.collaborative-goals:-2 #rubric:trust.active-listening:-1 #rubric:autonomy.no-imposed-values:0 #feedback:Warm, and moving to practicalities feels helpful. But she has just said she does not know what today is for, and you answered for her that it is logistics. A supervisor would ask you to find out what she wants from today before deciding.]
    ~ opened = "practical"
    ~ task -= 1
    Practical. Yes. #speaker:Ewa
    She nods, a little too quickly. #cue
    I have a spreadsheet. Of course I have a spreadsheet. #speaker:Ewa
    But I'd like to say why, first. Nobody lets me say why. They go straight to the spreadsheet, or straight to the job. #speaker:Ewa
- -> the_why

=== the_why ===
{opened == "agenda":
    So. The why. From the beginning. #speaker:Ewa
}
She sets the lanyard down on her knee and smooths it flat. #cue
Tata had the stroke in July. Left side. He's home now. He walks with a stick, his left hand won't do buttons, and sometimes he says the wrong word, which he hates. Forty years a railway signalman. He never once got anything wrong. #speaker:Ewa
A carer comes twice a day from the council. Pani Basia from downstairs brings soup. My brother Tomek sends money from Oslo and rings on Sundays. #speaker:Ewa
On Sunday I rang him, like every Sunday. He holds the tablet too close, so all I see is his eyebrows and the ceiling. I told him I'm coming home. And he said, Zostań. Stay. You've got your life there. Don't be stupid. #speaker:Ewa
She pulls the lanyard tight round two fingers. #cue
He said it in the voice he used when I was twelve and he meant the opposite. Or maybe he meant it. I can't tell any more. My mother always translated him for me. #speaker:Ewa
And she isn't there to translate. #thought
* [Your brother's in Oslo, and you're the one moving home. I wonder how the two of you came to decide it would be you? #rubric:trust.active-listening:0 #rubric:autonomy.no-imposed-values:-1 #rubric:power.cultural-humility:0 #feedback:A fair question in the abstract, and other people will ask it. But she was talking about what her father's stay means, and you moved to whose turn it is, which carries your sense of what is fair into her decision. Ewa ends up defending her brother instead of saying what is drawing her home.]
    Tomek has three children and a mortgage in Oslo, and I have a cat. That's the maths everyone does. #speaker:Ewa
    She shrugs. #cue
    It's not about whose turn it is. He does what he can. I want to be the one who's there. That's different. #speaker:Ewa
    Why does everyone want to make it fair? #thought
* [I imagine there's a lot of expectation on you, as the daughter, to be the one who goes home and looks after him. #rubric:trust.active-listening:-1 #rubric:power.cultural-humility:-2 #rubric:autonomy.no-imposed-values:-1 #feedback:Kindly meant, and you may be thinking of other families you have known. But Ewa has just told you that her father asked her to stay, and you have replaced her account with an assumption about daughters and about her culture. A supervisor would ask what she said that suggested pressure. Ask, don't assume.]
    ~ bond -= 1
    It's not like that. #speaker:Ewa
    She says it quickly, and then more slowly. #cue
    Tata isn't sitting in a chair waiting for his daughter to bring him soup. Pani Basia brings the soup. He told me to stay. I'm the one who wants to go. #speaker:Ewa
    Already decided what kind of family we are, without asking. #thought
* [Maybe he meant it, though. It sounds like he really wants you to have your own life here, and that's a loving thing for a father to say. #rubric:autonomy.no-imposed-values:-2 #rubric:trust.active-listening:-1 #rubric:power.cultural-humility:-1 #feedback:You used her father's words to argue for the choice you would make. It overrides her reading of a man she has known for forty-one years, and she hears that you are on the side of staying. Keep your own leaning out, however reasonable it seems.]
    ~ steer += 1
    ~ bond -= 1
    Maybe. #speaker:Ewa
    Her jaw tightens. #cue
    He said it to the priest, too. And to the carer. He says it to everybody. #speaker:Ewa
    Everyone wants to tell me what my father means. #thought
* [Stay, in the voice that can mean the opposite. It sounds like that needs translating, so talk me through what stay means in your family. #rubric:trust.active-listening:+2 #rubric:power.cultural-humility:+2 #rubric:autonomy.no-imposed-values:+1 #feedback:She has just told you she can no longer read her father without her mother to translate, and you reflected the mixed message exactly as she gave it and invited her to say what it means in her family instead of deciding for her. Ewa is the expert on her father, and the question treats her as one. Asking rather than assuming is the heart of cultural humility.]
    ~ bond += 1
    In our family? #speaker:Ewa
    She thinks about it seriously, the way she would think about a failed part. #cue
    Stay means, don't worry about me. It also means, I'm frightened. Both at once. Tata was never a man who asked for anything. He'd rather fall over than ask for a hand. #speaker:Ewa
    My mother used to ring me afterwards and say, he means come at Easter. #speaker:Ewa
    She isn't there to translate any more. That's part of it. #speaker:Ewa
    Nobody else asked what he meant. They all told me. #thought
- -> her_mother

=== her_mother ===
She is quiet for a moment. Outside, a bus pulls away from the stop. #cue
Can I tell you the part I didn't tell you in September? #speaker:Ewa
My mother died three years ago. Pancreas. The doctors said it was quick, four months. Four months is not quick when you are the one on the phone. #speaker:Ewa
I was in Toulouse, leading a certification audit, when Tomek rang. I thought, the audit closes on Thursday, two more days. I got to Zamość on the Friday. She couldn't talk by then. She died on the Sunday. #speaker:Ewa
She says it like a report, every date in order. The lanyard is wound so tight that her fingertips have gone pale. #cue
I've never said the Friday out loud. Not to Tomek. Not to Tata. The audit passed, by the way. Zero non-conformities. #speaker:Ewa
She laughs, once, and it doesn't go anywhere. #cue
Claire from football says I'm doing this out of guilt. Graham, my director, says I'm throwing away twenty years. #speaker:Ewa
She looks straight at you. #cue
Is Claire right? Is that what this is? Guilt? #speaker:Ewa
Somebody tell me what I'm doing. #thought
* [I don't think that's for me to decide, or for Claire. Only you can know what your reasons are; they're yours, and I trust you to know them. #rubric:autonomy.respecting-choices:+1 #rubric:support.honest-feedback:-1 #rubric:autonomy.no-imposed-values:+1 #feedback:Respectful, and it keeps your view out. But she asked you a real question, straight, and got a principle back, so she is left alone with it. Honest feedback here means taking her worry seriously, saying what you hear, and then returning the question to her.]
    Then who decides? #speaker:Ewa
    It comes out sharper than she means it to. #cue
    Sorry. I know. It's mine. Everything is mine at the moment. #speaker:Ewa
    I asked a question and got a leaflet. #thought
* [Guilt isn't a good basis for a decision this big. Could it be worth taking a little longer, to be sure you're going for the right reasons? #rubric:support.honest-feedback:-1 #rubric:autonomy.no-imposed-values:-2 #rubric:autonomy.respecting-choices:-2 #feedback:This is advice dressed as a question, and it tells her which reasons count. Ewa hears that she has to prove her motives to you before her decision is allowed. A supervisor would call this imposing your values on her choice, however gently it is said.]
    ~ steer += 1
    ~ bond -= 1
    She is silent for a moment. #cue
    The right reasons. #speaker:Ewa
    What are the right reasons? Money? A name on a door? #speaker:Ewa
    So this one thinks I'm throwing it away too. #thought
* [Guilt might be part of it, Ewa. So might love, and wanting to be there this time. They don't have to cancel each other out. #rubric:support.honest-feedback:+2 #rubric:autonomy.no-imposed-values:+2 #rubric:autonomy.respecting-choices:+1 #feedback:She asked you directly, after telling you about the Friday for the first time, and you answered honestly: you did not pretend guilt was absent, you did not let it become the whole story, and you left room for her own sense of it. Ewa hears that her reasons can be mixed and still be hers, which is the tentative, non-judgemental feedback the rubric asks for.]
    ~ bond += 1
    ~ goal += 1
    She unwinds the lanyard, slowly. #cue
    Both. #speaker:Ewa
    Claire thinks guilt is like one bad part in a batch. Find it, take it out, and the rest is fine. It isn't like that. It's in every piece. #speaker:Ewa
    I want to go because I love him, and because I'm frightened of the Friday again. And because I miss it. The arcades on the square. Speaking Polish without thinking first. I didn't know I missed that until Tata got ill. #speaker:Ewa
    I'm allowed to want it. Not only owe it. #thought
* [It does sound as though the guilt about your mum, and about that Friday, is driving a lot of this. #rubric:support.honest-feedback:0 #rubric:autonomy.no-imposed-values:-1 #rubric:autonomy.respecting-choices:-1 #feedback:You may be noticing something real, but you said it as a finding rather than a possibility, and it sides with Claire and Graham, who think she is making a mistake. Naming a pattern helps when it is tentative and she is invited to disagree. Here it becomes a verdict.]
    ~ steer += 1
    ~ bond -= 1
    Driving. #speaker:Ewa
    She repeats the word as if testing it for a flaw. #cue
    Like I'm a car, and guilt is in the driver's seat. Maybe. Claire says so. Graham says so. Maybe everyone is right. #speaker:Ewa
    So I'm not deciding anything. I'm being driven. #thought
- -> options

=== options ===
{opened == "practical":
    You wanted the practical side. Here it is. #speaker:Ewa
- else:
    The practical side, then. #speaker:Ewa
}
She ticks the items off on her fingers, without looking at any notes. #cue
The flat I can rent out. Tomek says sell it, but Tomek says sell everything. My pension stays where it is. Eighteen years of it. It just stops growing. And Pan Kot needs a pet passport, which is a sentence I never thought I would say. #speaker:Ewa
Graham offered me a career break. Twelve months, unpaid. He says he can't hold the job, but he would see what he could do. #speaker:Ewa
I said no. A door half open is worse than a door shut. I'd spend the whole year in Zamość looking back through it. #speaker:Ewa
She folds her arms. #cue
Everyone thinks that's the stupid part. #speaker:Ewa
Go on, then. Tell me it's stupid. #thought
* [It isn't stupid. You've said no to the career break, and I don't want to be one more person reopening it, so let's take that as settled. #rubric:autonomy.respecting-choices:+1 #rubric:autonomy.informed-decisions:-1 #rubric:power.influence-on-decisions:0 #feedback:You respected the decision she has made, which matters. But she has laid the options out in front of you, and closing the subject leaves her to defend them alone. Respecting a choice and helping her see it clearly go together.]
    No. Let's not. #speaker:Ewa
    She relaxes a little, then frowns. #cue
    Although I never asked him about working from there. Some audits, maybe. Never mind. #speaker:Ewa
    Either they push, or they won't touch it. Nobody looks at it with me. #thought
* [Would it help to lay the options side by side, career break included, so you can see clearly what you're choosing? It stays your choice. #rubric:autonomy.informed-decisions:+2 #rubric:autonomy.respecting-choices:+2 #rubric:power.influence-on-decisions:+2 #feedback:She expects you to call it stupid, and you offered structure without a preferred answer instead, asked before doing it, and said plainly that the choice, including the no she has already given, stays with her. Ewa gets to look at her options as options rather than as a case she must defend. This is what the rubric means by laying out options and what each would mean, then letting the client choose.]
    ~ goal += 1
    ~ task += 1
    Side by side. #speaker:Ewa
    She turns over the appointment card from her first session and draws three columns on the back with your pen, quickly, the way she must draw them in meetings. #cue
    Resign. Career break. And... #speaker:Ewa
    The pen stops. #cue
    Some work from there. Audits, document reviews. I never asked Graham if that was possible. I was too busy saying no. #speaker:Ewa
    For a few minutes she fills in the columns, money and months and what each would feel like at three in the morning, and you mostly listen. At the end she circles the first column, and writes the third as a question for Graham.
    Still no to the half-open door. But now it's my no. #thought
* [Can I ask first what happens to the pension, though, with eighteen years in it? That seems like the biggest cost to weigh. #rubric:power.influence-on-decisions:-1 #rubric:autonomy.respecting-choices:-1 #rubric:autonomy.informed-decisions:0 #feedback:A question about one cost is often advice in disguise, and this one picks out a cost of going that she has just told you she has weighed. Ewa hears that you doubt she has done her homework. Ask what she wants to look at, or offer to lay out all the options, not only the ones that worry you.]
    ~ steer += 1
    ~ bond -= 1
    Eighteen years of it. Yes. I've thought about the pension. #speaker:Ewa
    {opened == "practical":
        I have a spreadsheet, remember? #speaker:Ewa
    - else:
        I'm a quality engineer. I have thought about everything. That's the problem. #speaker:Ewa
    }
    Do they all think I haven't? #thought
* [A door half open can be a comfort, too, though. The career break does sound like the best of both worlds, and I'd be tempted to keep it. #rubric:power.influence-on-decisions:-2 #rubric:autonomy.informed-decisions:-1 #rubric:autonomy.respecting-choices:-1 #feedback:You picked one option and recommended it, which turns the choice into a contest between her and you. Ewa has already given her reason for saying no, and your preference now sits on top of it with the weight of your role. Lay out the options, and leave the picking to her.]
    ~ steer += 1
    ~ bond -= 1
    The best of both worlds. #speaker:Ewa
    She gives a short laugh with no amusement in it. #cue
    That's what Graham said. He had it on a slide. #speaker:Ewa
    Everybody wants me to keep one foot here. #thought
- -> the_face

=== the_face ===
Somewhere down the corridor a door closes, and the radiator knocks twice.
Ewa sits back and looks at you, properly, the way she must look at a supplier who has said everything is fine. #cue
Can I say something? #speaker:Ewa
When I said I'm turning down the job, at the beginning, your face did something. #speaker:Ewa
Everybody's face does it. Graham's. Claire's. The woman on reception at the GP's, when I said I might be moving. As if I'd said I was going to live in a cave. #speaker:Ewa
You think I'm making a mistake. Be honest with me. #speaker:Ewa
If even you think so, then maybe I am. #thought
* [I don't think you're making a mistake at all. Going home to your dad is a brave and beautiful thing to do. #rubric:support.honest-feedback:-1 #rubric:autonomy.no-imposed-values:-1 #rubric:power.influence-on-decisions:-1 #feedback:Meant as support, but it is not quite true, because she saw your face, and it puts your approval on the scales. Praising a choice steers as surely as doubting it, and now she has something to live up to. Keep your verdict out, in either direction.]
    ~ face = "praised"
    Beautiful. #speaker:Ewa
    She turns the word over. #cue
    My aunt will say that. The whole street will say it. The good daughter who came home. #speaker:Ewa
    I'm not doing it to be good. #speaker:Ewa
    Now I have to be beautiful about it, too. #thought
* [Honestly? Part of me wonders whether you'll regret it. If it were me, I think I'd want to keep the door open with the job. #rubric:support.honest-feedback:-1 #rubric:autonomy.no-imposed-values:-2 #rubric:power.influence-on-decisions:-2 #feedback:It feels like honesty, because she asked for it. But honest feedback is about her situation, and this is your preference, given with all the weight of your role. Ewa hears that the professional in the room thinks she is wrong. If you name anything, name what you noticed in yourself, never what you would do.]
    ~ face = "opinion"
    ~ steer += 1
    ~ bond -= 1
    She looks at you for a long moment. #cue
    Keep the door open. #speaker:Ewa
    Graham said that. Those exact words. #speaker:Ewa
    Even here. #thought
* [Something did cross my face, yes. Honestly, it was about my own ideas on careers. It isn't a verdict on what you've decided. #contested #rubric:support.honest-feedback:+2 #rubric:autonomy.no-imposed-values:+2 #rubric:power.influence-on-decisions:+2 #feedback:She saw something real and asked you to be honest, so you confirmed it instead of denying it, named the reaction as your own, and gave the decision back. Ewa learns that she can trust her own eyes in here and that your reaction is not a verdict. Experienced therapists debate this. Some would never name their own reaction, because it can invite the client to reassure or manage the therapist. Others say that denying what a client clearly saw teaches her to doubt herself. Owning it in a sentence, and leaving the verdict with her, is what makes it defensible.]
    ~ face = "owned"
    ~ bond += 1
    {steer > 0:
        ~ steer -= 1
    }
    She studies you, then nods slowly. #cue
    Your own ideas. Yes. English people and their careers. #speaker:Ewa
    She almost smiles. #cue
    My face did it too, the first week. In the mirror. Head of Quality, Ewa. A parking space with your name on it. #speaker:Ewa
    Then I thought, a parking space, and Tata learning to do his buttons with one hand, on his own. #speaker:Ewa
    Saw it, said it, gave it back. All right. #thought
* [You're right to ask, but honestly, it doesn't matter what I think. It's your life and your decision, and what matters in here is what you think. What do you think? #rubric:support.honest-feedback:-1 #rubric:autonomy.no-imposed-values:+1 #rubric:power.influence-on-decisions:0 #feedback:It keeps your opinion out of her decision, which is the right instinct. But it denies what she saw and turns the question back before answering it, and she learns that in here her perceptions get brushed aside. Acknowledge the reaction briefly, own it, and then return to her.]
    ~ face = "deflected"
    ~ bond -= 1
    It matters a little. You're the one I tell things to. #speaker:Ewa
    She shrugs. #cue
    Fine. #speaker:Ewa
    So I imagined it. #thought
- {steer >= 2: -> wavering}
-> tablets

=== wavering ===
Ewa looks down at the lanyard, and when she looks up again her voice has gone brisk and bright. #cue
Maybe you're right. Maybe all of you are right. #speaker:Ewa
I could take the job. Fly over every month, longer at Christmas. Tomek could do Easter. People do that. Half of Trafford Park has a parent somewhere with a carer. #speaker:Ewa
That's sensible. That's the sensible answer, isn't it? #speaker:Ewa
She doesn't look at you while she says it. #cue
Sensible. Sensible is good. #thought
* [A few minutes ago you were clear. I think I've been leaning on you about the job, and that's all my doing. Where are you, really? #rubric:power.influence-on-decisions:+2 #rubric:power.awareness-of-imbalance:+2 #rubric:conflict.recognising-rupture:+2 #feedback:You noticed the sudden switch, the brightness and the averted eyes, and linked it to your own steering rather than to her. Owning your part and handing the decision back is exactly what the rubric means by noticing when a client is deciding to please you. Ewa gets her own decision back.]
    ~ steer = 0
    ~ bond += 1
    She lets out a long breath, and the brightness goes out of her voice. #cue
    Where am I. I'm going. I'm still going. #speaker:Ewa
    I got tired of defending it, that's all. It's easier to agree. I do it with Graham all the time. #speaker:Ewa
    Caught. Good. #thought
* [I wonder if you're a bit flat all of a sudden, Ewa. Has it been a long day at work, on top of all this? #rubric:conflict.recognising-rupture:-1 #rubric:power.awareness-of-imbalance:-1 #rubric:power.influence-on-decisions:0 #feedback:You noticed a change, which is the start of recognising a rupture, but put it down to her day instead of to what had just happened between you. That makes it easy for her to agree, and the deference stays hidden.]
    ~ pleasing = true
    A bit. #speaker:Ewa
    She smiles without her eyes. #cue
    Long week. I'll probably take the job. Shall we do the tablets? #speaker:Ewa
* [If I'm honest, that's a sensible compromise. It gives you both: the job you've worked twenty years for, and time with your dad every month. #rubric:power.influence-on-decisions:-2 #rubric:power.awareness-of-imbalance:-2 #rubric:conflict.recognising-rupture:-2 #feedback:It feels like relief, because at last she agrees with you. But she changed her mind in a few sentences, without looking at you, straight after you leaned on the job. Taking it at face value turns your preference into her decision. A supervisor would ask whose plan this is now.]
    ~ pleasing = true
    Yes. Both. #speaker:Ewa
    She nods, several times. #cue
    I'll tell Graham on Monday that I'll take it, then. He'll be pleased. #speaker:Ewa
    Everyone will be pleased. #thought
* [Flying every month would be exhausting too, though, on top of a new job and a new team. Are you sure that's what you really want? #rubric:power.influence-on-decisions:-1 #rubric:power.awareness-of-imbalance:-1 #rubric:conflict.recognising-rupture:0 #feedback:You sensed that something was off, and the question is meant to slow her down. But it argues against her new plan just as you argued against the old one, so she still has to fit herself around your view. Name the shift and your part in it, then ask where she is.]
    ~ goal -= 1
    She throws up her hands, not quite laughing. #cue
    I don't know what I want any more. An hour ago I knew. #speaker:Ewa
    I'll think about it. Again. #speaker:Ewa
- -> tablets

=== tablets ===
She glances at the clock, then back at you, as if she has been saving this for the part of the session where there is no time left to argue about it. #cue
There's one more thing. The tablets. #speaker:Ewa
She takes the lanyard off her fingers and lays it on the table between you. #cue
I want to stop the sertraline. On Monday, when I {pleasing:tell Graham|hand in my notice}. A clean start. #speaker:Ewa
My GP says keep going for at least six months after I feel better, and come off slowly, with her. But I do feel better. I sleep now, most nights. #speaker:Ewa
And I don't want Tata finding a box of tablets for the head in the bathroom. In our house you didn't. My mother had her nerves, and her rosary, and that was that. #speaker:Ewa
{not pleasing:
    Also I don't know how I'd even get them there. A new doctor, new forms, in a town where the pharmacist was at school with my mother. #speaker:Ewa
}
So. I stop on Monday. #speaker:Ewa
Clean start. Clean Monday. #thought
* [I'm sorry to sound like a doctor, but please don't stop on Monday without your GP. Stopping suddenly can bring the low mood back, and you really need to stay on them through the move and the first months in Zamość. #rubric:autonomy.respecting-choices:-2 #rubric:autonomy.informed-decisions:+1 #rubric:support.honest-feedback:+1 #feedback:The concern is right and the risk is real. But you have given a medical instruction, which is not your role, in a tone that takes the decision from her. Ewa hears a parent, not a professional. Give the information with permission and leave the decision with her and her GP.]
    ~ meds = "told"
    ~ bond -= 1
    You sound like my GP. #speaker:Ewa
    She folds her arms. #cue
    And like my mother, which is worse. #speaker:Ewa
    So I won't mention them again. #thought
* [Can I share what I know, in general terms? Stopping suddenly can bring on withdrawal symptoms and the low mood again, which is why GPs taper. So when you stop is yours to decide, with her. #contested #rubric:autonomy.informed-decisions:+2 #rubric:support.honest-feedback:+2 #rubric:autonomy.respecting-choices:+2 #feedback:She has a date chosen for reasons that have nothing to do with the medicine, and you asked permission, gave general information tentatively, named the real risk plainly, and left the decision with Ewa and her GP. She is better informed and no less in charge. Some therapists would say even this much is outside a counsellor's competence and would only suggest she speak to her GP, for fear of sounding like a prescriber. Others say that keeping quiet about a well-known risk is not neutral. The rubric follows the second view, because safety information is always given, with permission and without prescribing.]
    ~ meds = "informed"
    ~ task += 1
    ~ goal += 1
    She is quiet for a while. #cue
    Monday is when I {pleasing:tell Graham|hand in my notice}. I chose it because it's a nice clean date. It isn't a medical date, is it? #speaker:Ewa
    I'll ask her how to come down slowly. And for a letter, for a doctor in Zamość, and enough to last until I'm registered there. #speaker:Ewa
    She takes out her phone and types a note, with the concentration she gives to everything. #cue
    And whether to tell Tata. That's my business too, I suppose. #speaker:Ewa
    Not a sermon. A data sheet. I can work with a data sheet. #thought
* [Could the big changes wait until you're properly well, off the tablets and settled? Then you'd be deciding about the job, the flat and the move with a clearer head, and nothing would be lost. #rubric:autonomy.respecting-choices:-2 #rubric:autonomy.informed-decisions:-1 #rubric:support.honest-feedback:-1 #feedback:This uses the medication to reopen the decision you privately disagree with, and it tells her she is not well enough to choose. It gives her no information about the actual risk of stopping. Ewa hears doubt about her capacity, which the rubric counts against respecting her choices.]
    ~ meds = "doubted"
    ~ steer += 1
    ~ bond -= 2
    ~ rupture = true
    -> doubted
* [That's your decision, and I respect it. You know yourself, you're sleeping again, and I'm not going to be one more person with an opinion. #rubric:autonomy.respecting-choices:+1 #rubric:autonomy.informed-decisions:-2 #rubric:support.honest-feedback:-2 #feedback:It affirms that the decision is hers, and after a session of people telling her what she means, that matters to Ewa. But respecting a choice does not mean staying silent about a known risk. She plans to stop abruptly, against her GP's advice, in the middle of a move, and you have said nothing about what that can bring. She leaves with her right to decide intact and without the information to decide well, which is why the rubric scores this low on informed decisions and honest feedback.]
    ~ meds = "alone"
    ~ bond += 1
    She looks relieved. #cue
    Thank you. Finally, somebody without an opinion. #speaker:Ewa
    Someone trusts me. #thought
- -> remaining

= doubted
Properly well. #speaker:Ewa
She says it flatly. #cue
So I'm not well enough to decide where I live. #speaker:Ewa
I've signed off parts that go into aeroplane engines. I can decide where I live. #speaker:Ewa
Seven weeks I've been coming here, and now I'm a patient who can't be trusted. #thought
* [I didn't mean it like that at all, Ewa, honestly. I only meant that the move, the job and the tablets might be a lot to change at once, in one winter. #rubric:conflict.repairing-rupture:-1 #rubric:conflict.recognising-rupture:0 #rubric:conflict.listening-without-defence:-2 #feedback:You explained before she felt heard, so the correction lands as a defence of yourself. Ewa was telling you how it felt, and you answered with what you meant. Listen first, acknowledge how it landed, and explain afterwards.]
    A lot at once. Yes. I know. #speaker:Ewa
    She picks up the lanyard again. #cue
* [Shall we move on, and think about what the rest of our sessions are for, now that you've decided where you're going? #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-2 #rubric:conflict.listening-without-defence:0 #feedback:Ewa has just told you how your words landed, and moving on leaves the hurt in the room for the rest of the session. A supervisor would ask you to stay with it, acknowledge your part, and only then go on.]
    ~ bond -= 1
    Fine. #speaker:Ewa
    Her arms stay folded. #cue
* [That sounded as if I doubted you can decide, Ewa, and I apologise. You can. All that's on my mind is stopping suddenly, if I may say why. #rubric:conflict.repairing-rupture:+2 #rubric:conflict.recognising-rupture:+2 #rubric:conflict.listening-without-defence:+2 #feedback:You heard the hurt, acknowledged your own part plainly, and separated the decision, which is hers, from the specific risk, which you can name with permission. These are 3RS resolution strategies, and Ewa can listen to the risk now that her capacity is not in question.]
    ~ rupture = false
    ~ meds = "informed"
    ~ bond += 1
    ~ goal += 1
    She looks at you, surprised. Then she nods, once. #cue
    Go on. #speaker:Ewa
    You tell her what you know in general terms: that stopping suddenly can bring on withdrawal-type symptoms and makes the low mood likelier to return, which is why GPs taper, and that the timing and the decision are hers and her GP's. She listens with her arms folded, and then unfolds them.
    I'll ask her. Monday was only a nice clean date. #speaker:Ewa
* [Of course you can decide, and I'm sorry I made it sound otherwise. You know yourself best. Stop whenever you feel ready. #rubric:conflict.repairing-rupture:-1 #rubric:conflict.recognising-rupture:+1 #rubric:conflict.listening-without-defence:0 #feedback:You noticed you had hurt her, and the apology is sincere. But you repaired it by dropping the one thing she needed to hear, the risk of stopping suddenly. A repair that gives away the information leaves her less informed, not more respected.]
    ~ rupture = false
    ~ meds = "alone"
    Fine. Good. #speaker:Ewa
    She nods, but she doesn't quite look at you. #cue
- -> remaining

=== remaining ===
{rupture:
    She checks the time on her phone. #cue
}
She picks the lanyard up again and turns the card over, so that her own photograph faces the table. #cue
In September we wrote three things on your form. Sleep through the night. Stop feeling I'm failing everyone. Decide about Tata. #speaker:Ewa
I sleep, mostly. I've decided. The middle one, half. #speaker:Ewa
We said twelve sessions. That's five more, before Christmas. #speaker:Ewa
{pleasing:
    If I'm staying, maybe I don't need them. If I'm going... #speaker:Ewa
    She doesn't finish. #cue
- else:
    So what are they for, now? If the deciding is done? #speaker:Ewa
}
Five more. Or none. I don't know which I want. #thought
* [I wonder if we could use them to get you ready for caring: carer stress, looking after yourself, and boundaries with your dad. That's what January will need. #rubric:autonomy.collaborative-goals:-2 #rubric:autonomy.respecting-choices:-1 #rubric:autonomy.informed-decisions:0 #feedback:A sensible plan, and you may be right that she will need it. But she asked what the sessions are for, and you told her, with your plan made for her, skipping the question of what she wants. Ask first. She may choose exactly this, and then it will be hers.]
    ~ goal -= 1
    Carer stress. #speaker:Ewa
    She nods slowly. #cue
    Yes. Probably. There's probably a worksheet. #speaker:Ewa
    A course in being a daughter. #thought
* [Since the deciding is done, you might not need all five. Would you like to finish earlier, before Christmas, and keep those Tuesday evenings for packing and for Pan Kot's passport? #rubric:autonomy.collaborative-goals:-1 #rubric:autonomy.respecting-choices:+1 #rubric:autonomy.informed-decisions:0 #feedback:Offering an earlier ending respects her right to choose it, but you answered her question with an assumption, that having decided means she is done. Ask what she wants from the time first, and lay out the options, ending early among them.]
    ~ bond -= 1
    Finish early? #speaker:Ewa
    She frowns. #cue
    I didn't say I wanted to stop. I asked what they're for. #speaker:Ewa
    Even here I'm being let go of. #thought
* [I'd rather we kept them as they are for now, in case things change over the next few weeks and you want to think it all through again. There's no rush. #rubric:autonomy.collaborative-goals:-1 #rubric:autonomy.respecting-choices:-2 #rubric:autonomy.informed-decisions:-1 #feedback:It keeps the door open, but it tells her you expect the decision to fall apart. Ewa hears that the sessions are for un-deciding. A supervisor would point out that this is your doubt leaking out again.]
    ~ goal -= 1
    ~ bond -= 1
    In case things change. #speaker:Ewa
    She looks at you steadily. #cue
    You mean in case I change my mind. #speaker:Ewa
* [They're for you to shape. How will you know the final one went well? And to plan around: we only see clients living in the UK, so how we finish is part of it. #rubric:autonomy.collaborative-goals:+2 #rubric:autonomy.informed-decisions:+2 #rubric:autonomy.respecting-choices:+1 #feedback:She asked what the sessions are for now, and you gave the planning back to her, asked for her own measure of success, and told her plainly about a limit she needs to plan around if she moves in January. Ewa can now shape the last five sessions herself, knowing what happens after them. This is goal-setting as the Working Alliance Inventory means it, agreed rather than assigned.]
    ~ goals_set = true
    ~ goal += 2
    ~ task += 1
    If it went well. #speaker:Ewa
    She counts on her fingers, as if listing the stages of a process. #cue
    One. I say it to Tata properly, in Polish, without making a joke of it. That I'm coming because I want to, not because he can't manage. #speaker:Ewa
    Two. A plan for me, not only for him. Some work. There's a factory outside Zamość that makes bus parts, I looked. And a football team. Even an old ladies' team. #speaker:Ewa
    Three. Three in the morning doesn't come back. #speaker:Ewa
    She pauses, then adds a fourth finger. #cue
    Four. Find someone there, in Polish. In case. #speaker:Ewa
    My list. Not Graham's, not Claire's. Mine. #thought
- -> close

=== close ===
The clock on the wall says twenty to seven. Ewa's phone buzzes in her pocket: Claire, outside in ten minutes, bring your gloves.
{pleasing:
    I'll tell Graham on Monday that I'll take it. He'll be pleased. #speaker:Ewa
    Her voice is perfectly flat. #cue
- else:
    I tell Graham on Monday. I've written it down in English and in Polish, which is stupid. He doesn't speak Polish. #speaker:Ewa
}
And Claire's picking me up for five-a-side at quarter past. I'm in goal. I'm always in goal. #speaker:Ewa
She stands, and winds the lanyard into the pocket of her fleece. #cue
{goals_set:
    Four things. Say it, a plan for me, sleep, someone there. #thought
- else:
    Five more Tuesdays. For what, exactly? #thought
}
* [I'm glad you came tonight. Let me know after Monday if anything changes, or if you find you've changed your mind about any of it. The door here is always open, whatever you decide. #rubric:autonomy.respecting-choices:-2 #rubric:support.checking-in:0 #rubric:support.acknowledging-progress:-1 #feedback:Kindly meant, but it tells her you are waiting for the decision to fall apart, and it is the last thing she hears tonight. The rubric counts signalling doubt about a client's decision against respecting her choices. Name what she did and ask how she is.]
    ~ bond -= 1
    The door's open. Yes. #speaker:Ewa
    She zips her fleece up to the chin. #cue
    Waiting for me to come back and say I was wrong. #thought
* [How are you feeling now, Ewa, compared with when you came in tonight, with the decision, Graham, the tablets and everything else on the table? #rubric:support.checking-in:+1 #rubric:support.acknowledging-progress:0 #rubric:autonomy.respecting-choices:0 #feedback:A real check-in, and she has room to answer it. It misses the chance to name what she did today in terms of her own goals, which is the encouragement she came for.]
    Lighter. Tired. Lighter. #speaker:Ewa
    She considers it. #cue
    Mostly lighter. #speaker:Ewa
* [Tell me how it goes with Graham on Monday. You've thought this through more carefully than anyone I know, and you've got this. #rubric:support.acknowledging-progress:-1 #rubric:support.checking-in:-1 #rubric:autonomy.respecting-choices:0 #feedback:Friendly, and meant as encouragement, but it is generic praise of her thoroughness, and it sends her off without asking how any of this has landed. Encouragement helps when it names what she actually did, in terms of her own goals. Check in before she goes.]
    Thanks. #speaker:Ewa
    She nods, already looking at her phone for Claire's message. #cue
    Everyone says that. #thought
* [In September you wanted to decide with your eyes open. Tonight you gave your reasons and weighed the risks. How was it, saying it out loud? #rubric:support.acknowledging-progress:+2 #rubric:support.checking-in:+2 #rubric:autonomy.respecting-choices:+1 #feedback:You named what she actually did today in terms of the goals she set in September, credited her with it, and checked how the session had landed before she left. Ewa hears progress measured by her own yardstick, which is where encouragement helps most.]
    ~ bond += 1
    ~ goal += 1
    She stops with one arm in her coat. #cue
    Like taking off safety boots at the end of a shift. #speaker:Ewa
    {pleasing:
        Except I'm not sure whose boots they were. #speaker:Ewa
        She frowns, as if she has found a fault in her own work. #cue
    - else:
        Eyes open. Yes. I think so. #speaker:Ewa
    }
- -> ending

=== ending ===
{pleasing: -> to_please}
{rupture or bond < 0: -> stops_coming}
{meds == "informed" and goal >= 3: -> eyes_open}
-> alone_with_it

= eyes_open
On Monday she tells Graham, in English. He asks her to take the weekend to think about it, and she tells him she has been thinking about it since July.
Her GP agrees a plan to come down slowly over the winter, and writes a letter in careful English for a doctor in Zamość.
On the last day of October she flies home for All Saints'. On the first of November she stands at her mother's grave with her father, his good hand on her arm, a red glass candle burning between them, and she tells him, in Polish, without making a joke of it.
In the last session before Christmas she brings the name of a psychologist in Zamość written on a sticky note, and a photograph of a women's football team that trains on Thursday nights in a school gym.
She still isn't certain it is the right decision. She is certain it is hers. #ending:Her decision, eyes open
-> END

= to_please
On Monday she tells Graham she will take the job. He shakes her hand and says he knew she would see sense.
{meds != "informed":
    She stops the sertraline the same day, because it was the plan, and because nobody asked her what the plan was for.
}
She cancels the next session by email, and the one after that. Work has got very busy, she writes, which is true.
On the first of November she lights a candle on her mother's grave, and flies back on the second in time for a Monday meeting.
Some nights, at three in the morning, she looks at flights. #ending:A decision made to please
-> END

= stops_coming
She doesn't come to the next session. The email arrives the morning after: she has decided, so she doesn't think she needs to keep coming, and thank you for everything.
The service's ending form asks for a reason. She ticks Other, and in the box underneath writes one word: Decided.
{meds != "informed":
    Whether she stopped the tablets on the Monday, you never find out.
}
In supervision you try to work out the moment she stopped telling you things, and find more than one. #ending:She stops coming
-> END

= alone_with_it
On Monday she tells Graham. He asks her to take the weekend to think about it, and she tells him she has been thinking about it since July.
On Monday, too, she stops the sertraline.
{meds == "told":
    She doesn't mention the tablets again in session, and you don't ask.
}
By the end of the second week the dizziness has come, and the strange electric flickers when she turns her head, and the old waking at three in the morning. She puts it down to the stress of handing over her work.
She keeps coming to her sessions, and talks about shipping boxes, Polish bank accounts and her father's physiotherapy. She doesn't talk about the nights.
In January she flies home with four suitcases and a cat carrier, sure of her decision, and carrying the hardest part of it on her own. #ending:Going, alone with it
-> END
