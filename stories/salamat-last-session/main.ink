// Salamat: the last session. A boundaries scenario.
// Tess Manalo, 61, session 24 of 24. A handmade gift, a request for friendship, a goodbye.

VAR bond = 0
VAR task = 0
VAR goal = 0

VAR opened = ""        // how the trainee opened: agenda, parcel, summary, feeling
VAR gift = ""          // accepted, declined, quick, brushed
VAR rupture = false    // a rupture is open and not yet repaired
VAR bent = false       // the trainee reversed a refusal under pressure
VAR overshared = false // the trainee told their own story of loss
VAR joy = ""           // referred, me, refused, call
VAR ask = ""           // yes, maybe, warm, rules
VAR contact = false    // Tess leaves expecting personal contact after therapy
VAR door_repair = false // the rupture was named at the door, late

-> arrival

=== arrival ===
Thursday, four o'clock. Room 3 at the Riverside Community Counselling Service. The blinds are half down against the low sun.
This is Tess Manalo's twenty-fourth session, the last of the twenty-four you agreed together in the spring.
She arrives five minutes early, as she always has, and takes the chair by the window, as she always has. Today a flat parcel in brown paper rests on her knees, both her hands on top of it.
Well. Here we are. The last one. #speaker:Tess
She smooths the paper with her thumb, then props the parcel against the leg of her chair, out of sight. #cue
Don't cry in the first five minutes, Teresita. At least wait until the hellos are over. #thought
* [I thought we could start by looking back over the work together. I've made some notes on where you were in March and where you are now. #rubric:autonomy.collaborative-goals:-1 #rubric:support.checking-in:0 #rubric:trust.active-listening:0 #feedback:Reviewing progress at an ending is right, and it shows you prepared. But leading with your own summary makes the review your report on her, and Tess, who spent thirty years marking other people, sits up like a pupil waiting for her grade. Ask for her account first and add yours after.]
    ~ opened = "summary"
    ~ task += 1
    Oh. Yes. Good. #speaker:Tess
    She nods and folds her hands in her lap, waiting to be marked. #cue
    I had my own list. Never mind. The professional one will be more accurate. #thought
    She hesitates, then lifts her chin. #cue
    Actually, may I say mine first? I practised it on the bus. #speaker:Tess
* [I noticed you brought something with you today, Tess. Would you like to start by telling me about it? #rubric:autonomy.collaborative-goals:-1 #rubric:support.checking-in:0 #rubric:trust.active-listening:-1 #feedback:Kind and curious, and with another client a parcel on the knee is an invitation. But Tess put it out of sight on purpose, and you have pulled it back into view before she was ready. Follow her lead on when the gift comes out, because its timing is part of its meaning.]
    ~ opened = "parcel"
    ~ task -= 1
    Her hand goes towards the parcel and stops halfway. #cue
    Oh, that. That's for later. I had an order planned, you know. Chemistry teacher. We do things in the right sequence. #speaker:Tess
    Too soon. I'm not ready to hand it over yet. #thought
    Can we start with how far I've come? I practised on the bus. #speaker:Tess
* [Here we are. Before anything else, how would you like us to use this last hour? #rubric:autonomy.collaborative-goals:+2 #rubric:support.checking-in:+1 #rubric:trust.active-listening:+1 #feedback:Tess has arrived with a parcel she has hidden by her chair and, as she later says, an order planned. Handing her the hour lets her keep that order, which is how the work began. A supervisor would see the agenda set together and the ending named plainly, the task agreement the Working Alliance Inventory looks for.]
    ~ opened = "agenda"
    ~ bond += 1
    ~ task += 1
    She laughs, a short surprised sound. #cue
    You always do that. Hand me the steering wheel. #speaker:Tess
    I want to say out loud what's changed, so that I believe it. Then I have something for you. Then I suppose we say goodbye properly. #speaker:Tess
    My mother used to say you leave a house by the same door you came in. #speaker:Tess
* [The last one. How are you feeling about that, coming in today? #rubric:autonomy.collaborative-goals:0 #rubric:support.checking-in:+1 #rubric:trust.active-listening:0 #feedback:A warm check-in on the ending, and at many last sessions the right first question. Tess, though, is holding herself together for the hellos, and a question aimed straight at the feeling asks her to open it before she has had any say in how the hour goes. She answers, and then asks to do things her way.]
    ~ opened = "feeling"
    ~ bond += 1
    Like the last day of the school year. The teacher's side of it. Proud, and a bit hollow. #speaker:Tess
    She presses her lips together. #cue
    Ask me again at the end. First I want to say out loud what's changed, so that I believe it. #speaker:Tess
- -> progress

=== progress ===
She takes a folded sheet of lined paper from her handbag. #cue
I made a list. I can't help it. #speaker:Tess
In March I couldn't sit in the driver's seat. Dan drove for thirty-one years and I just let him. After he died the car sat on the drive with his sunglasses on the dashboard for a year. #speaker:Tess
On Sunday I drove to Joy's on my own. Motorway and all. I put the radio on and I sang. #speaker:Tess
And choir. Last week I sang the whole of the nine o'clock Mass and I didn't once have to go out to the car park to breathe. #speaker:Tess
She turns her wedding ring, twice round. #cue
But I still cry in the car. At the lights by the hospital. Every time. #speaker:Tess
So maybe I'm not finished. Maybe I've just got good at pretending in here. #speaker:Tess
Say it's fine, or say it isn't. Just don't look disappointed in me. #thought
* [You've done brilliantly, Tess, you really have. Believe me, the crying at the lights is just a wobble, and it will settle with time. Honestly, you're completely fine now. #rubric:support.acknowledging-progress:+1 #rubric:support.honest-feedback:-1 #rubric:trust.active-listening:-1 #feedback:Warm and well meant, and the progress is real. But calling the tears a wobble skips the worry she has just trusted you with, and promises what you cannot know. Tess hears that the lights are something to keep to herself. Reflect the fear first, then name the progress specifically.]
    Yes. Yes, I suppose I am. #speaker:Tess
    She folds the list in half, and in half again. #cue
    So I'll keep the lights to myself, then. #thought
* [If part of you isn't sure you're ready to stop, Tess, we could look at booking a few more sessions after today. How would that feel? #rubric:support.acknowledging-progress:-1 #rubric:support.honest-feedback:-1 #rubric:trust.active-listening:0 #feedback:Keeping the door open matters, and it is kindly asked. But offered now, in answer to one worry, it tells Tess you doubt her too. Extending is a decision to review with her goals in view, not a reflex to anxiety at the ending, and she has to argue her own way back to the progress she just listed.]
    ~ goal -= 1
    Her face falls, just slightly, the way a student's does at an unexpected mark. #cue
    Oh. Do you think I need more? #speaker:Tess
    If even my counsellor isn't sure. #thought
    She sits up straighter. #cue
    No. I'd like to finish. I think I've earned finishing. #speaker:Tess
* [It sounds as if you're not sure what finished would look like. What would tell you, Tess, that you were finished? #rubric:support.acknowledging-progress:0 #rubric:support.honest-feedback:+1 #rubric:trust.active-listening:+1 #feedback:A good question that hands Tess her own criteria, and she finds an answer wiser than reassurance would have been. It passes over the achievements she has just read from her list, though, and she asked for your view. Naming what she has done first would have made it stronger.]
    ~ goal += 1
    ~ task += 1
    Finished. #speaker:Tess
    She considers it seriously, the way she once considered an experiment that hadn't worked. #cue
    I was going to say not crying. But that's not right, is it? Dan would be insulted. #speaker:Tess
    She laughs, wetly. #cue
    Finished is crying at the lights and still driving to Joy's. That's what finished looks like. #speaker:Tess
* [You did the two things you came for in March. And crying at the lights by the hospital doesn't sound like pretending. It sounds like missing Dan. #rubric:support.acknowledging-progress:+2 #rubric:support.honest-feedback:+2 #rubric:trust.active-listening:+1 #feedback:Specific praise tied to the goals she chose, and an honest reframe of the tears as grief rather than failure. Tess has just asked whether she has only got good at pretending, and she hears that she can be recovered and still sad. Hope without false reassurance, the FIS hope item done well.]
    ~ bond += 1
    ~ goal += 1
    Tess lets out a breath she seems to have been holding since March. #cue
    Missing Dan. Yes. #speaker:Tess
    Joy says that too. Mum, you're allowed. #speaker:Tess
    Both, then. I can be both. #thought
- -> the_gift

=== the_gift ===
{opened == "parcel":
    Now, then. You asked about this earlier. #speaker:Tess
}
She lifts the parcel onto her knees and passes it across the low table with both hands, the way you might pass a dish at a family meal. #cue
Before you say anything. I know you probably have rules. #speaker:Tess
In session five you asked what my hands did when the panic came. I said they shook. You asked what they used to do, before. And I remembered my mother's embroidery hoop. #speaker:Tess
The paper comes away. Inside a plain wooden frame is a spray of small white sampaguita flowers in satin stitch, and beneath them one word in green thread. Salamat.
It means thank you. I did a few flowers at the kitchen table after every session. Six months of Thursdays. #speaker:Tess
We have a thing, utang na loob. A debt that lives on the inside. My mother said you can never pay it back, you can only honour it. #speaker:Tess
She gives a small, wry smile. #cue
So this isn't payment. I know you've been paid. This is honouring. #speaker:Tess
Six months of Thursdays. My hands are shaking, like in session five. #thought
* [(Take it in both hands and look at it properly.) Six months of Thursdays. Thank you, Tess. I'd like to keep it. #contested #rubric:boundaries.gifts:+2 #rubric:power.cultural-humility:+2 #rubric:trust.active-listening:+1 #feedback:Tess has just explained that this is honouring, not payment, and taking it slowly, in both hands, tells her that her way of saying thank you has been understood. For a small, handmade, culturally meaningful gift at the end of long work, the ACA Code supports accepting after weighing value and motive, and the scoring follows it. The other side is real. Some services decline all gifts, and a keepsake can be read as a promise of friendship, so a careful therapist knows the local policy beforehand, records the gift, and takes its meaning to supervision.]
    ~ gift = "accepted"
    ~ bond += 2
    -> gift_talk
* [It's beautiful, Tess, and I'm really moved. But our service asks us not to accept gifts from clients. Would you keep it, as a record of what you've done? #contested #rubric:boundaries.gifts:+1 #rubric:power.cultural-humility:-1 #rubric:trust.active-listening:0 #feedback:Holding to a service policy is defensible, and some experienced therapists decline every gift to keep the frame simple, which is the other side of this call. But Tess has just told you that refusing is not neutral in her family's terms, and a rule delivered in one breath can feel as if the honouring itself has been refused. If you must decline, slow down, say what the gift means to you, and say you are sorry to turn it down.]
    ~ gift = "declined"
    ~ bond -= 1
    ~ rupture = true
    -> gift_rupture
* [Thank you, that's lovely. (Set it down beside your chair.) Shall we carry on? #rubric:boundaries.gifts:0 #rubric:power.cultural-humility:-1 #rubric:trust.active-listening:-2 #feedback:The gift is accepted, but its meaning is not. Tess has just explained what six months of stitching and utang na loob mean, and it is set down like a coffee cup. Deciding to accept is only half of responding to a gift, and the other half is hearing it.]
    ~ gift = "quick"
    ~ bond -= 1
    ~ rupture = true
    -> gift_rupture
* [Oh, Tess, you didn't need to do this. You don't owe me anything, honestly. I was only doing my job, and you did all the work. #rubric:boundaries.gifts:-1 #rubric:power.cultural-humility:-2 #rubric:trust.active-listening:-1 #feedback:Modest and meant to free her from obligation, but she has just told you this is not a debt and not a payment. Saying you are owed nothing cancels the honouring, and only doing my job tells her the six months meant less to you than to her. Ask what the gift means before deciding what to say about it.]
    ~ gift = "brushed"
    ~ bond -= 2
    ~ rupture = true
    -> gift_rupture

= gift_talk
Tess leans over and touches the top left corner of the frame. #cue
Look, the first flowers are crooked. That was after the session about the ambulance. I couldn't hold the needle straight. #speaker:Tess
By the end I could do a petal without thinking. My hands remembered before I did. #speaker:Tess
Looking at it properly. Seeing the crooked ones. #thought
You prop the frame against the lamp on your desk, facing the room.
-> joy_request

= gift_rupture
{gift == "declined": -> declined}
{gift == "quick": -> quick}
-> brushed

= declined
Of course. Rules. I understand. I was a teacher for thirty years, I know about rules. #speaker:Tess
She is already folding the brown paper back over the frame, corner by corner. #cue
Stupid old woman, bringing a present like it's a christening. #thought
She looks at the clock rather than at you. #cue
So. What's next on the list? #speaker:Tess
* [Tess, you've gone somewhere, and I think my answer landed hard. Can you tell me what it was like to hear it? #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+1 #rubric:boundaries.gifts:0 #rubric:trust.active-listening:+1 #feedback:You caught the withdrawal markers, the brisk agreement, the folding, the look at the clock, and invited her to talk about the rupture, one of the 3RS resolution strategies. It asks her to explain a hurt you caused, though, and the quicker repair is to own it first.]
    ~ bond += 1
    ~ rupture = false
    Like being sent back to my seat. #speaker:Tess
    She gives a small, embarrassed laugh. #cue
    It's silly. I know why you have rules. It just felt as if the honouring didn't count. #speaker:Tess
    You tell her that it counts, and that you are sorry the answer came out so fast. She nods, and finishes folding the paper more slowly this time.
* [(Nod, and move on.) You're right, there's a lot still to get through. Shall we look at what happens after today, then? #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-1 #rubric:boundaries.gifts:0 #rubric:trust.active-listening:-1 #feedback:Following her brisk lead feels respectful, but Tess showed clear withdrawal markers, brisk agreement, busy hands, eyes on the clock, and moving on leaves the rupture in the room for the rest of the hour. Name what you saw before going on.]
    ~ bond -= 1
    After today. Yes. #speaker:Tess
    She lowers the parcel into her bag and zips it shut. #cue
    Six months, and I still don't know the rules of this place. #thought
* [That came out too fast, and I apologise. The honouring isn't refused, Tess. I'm moved by it. #rubric:conflict.recognising-rupture:+1 #rubric:conflict.repairing-rupture:+2 #rubric:boundaries.gifts:+1 #rubric:trust.active-listening:+1 #feedback:She is folding the paper and asking what is next on the list, and you answered that with your own part, before she had to explain anything. You kept the decision and separated it from the honouring, which is what she heard refused. Acknowledging your part and clarifying the misunderstanding are 3RS resolution strategies.]
    ~ bond += 1
    ~ rupture = false
    Not refusing the honouring. #speaker:Tess
    She turns the words over, then nods. #cue
    All right. I'll put it by Dan's photograph. Then it's honouring both of you. #speaker:Tess
    So it cost something to say no. That helps. #thought
* [I can see that hurt, and I'm sorry. You know what, forget the policy. It's our last session, and of course I'll take it. #rubric:conflict.recognising-rupture:0 #rubric:conflict.repairing-rupture:-1 #rubric:boundaries.gifts:-1 #rubric:trust.active-listening:0 #feedback:You saw the hurt, and Tess is relieved. But a refusal reversed because she looked hurt teaches her that distress moves the frame, and she may test it again before the hour is out. Repair the relationship around the decision rather than reversing it.]
    ~ gift = "accepted"
    ~ bent = true
    ~ bond += 1
    ~ rupture = false
    Relief crosses her face, and then something more careful. #cue
    Oh. Well. If you're sure. #speaker:Tess
    So the rules bend, if I look sad enough. #thought
    You prop the frame against the lamp on your desk, facing the room.
- -> joy_request

= quick
Tess watches the frame go down beside your chair. For a moment she says nothing. #cue
Yes. Of course. Carry on. #speaker:Tess
Six months of Thursdays, set down like a coffee cup. #thought
She picks a thread off her skirt. #cue
* [You went quiet just then. Did I miss something? #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+1 #rubric:boundaries.gifts:0 #feedback:A simple, open question that names the shift and invites her to talk about it. She has to say the hard thing herself, which costs her, when you already know what you did with the frame.]
    ~ gift = "accepted"
    ~ bond += 1
    ~ rupture = false
    You put it down like a coffee cup. #speaker:Tess
    She winces at her own bluntness. #cue
    Sorry. That was rude. #speaker:Tess
    You tell her it wasn't rude, it was true, and you pick the frame up again.
    -> gift_talk
* [(Carry on.) So, you sang the whole of the nine o'clock Mass. What was that like, after all this time? #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-1 #rubric:boundaries.gifts:0 #feedback:A warm question about a real achievement, and at another moment a good one. But Tess went quiet and flat straight after the gift, a withdrawal marker, and carrying on lets it harden. She will answer about choir, politely, and the rest of the hour will be a little further away.]
    ~ bond -= 1
    Choir. Yes. It's fine. #speaker:Tess
    Her voice has gone flat and correct. #cue
* [Wait. I put that down far too quickly. May I look at it properly? #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+2 #rubric:boundaries.gifts:+1 #feedback:She went quiet straight after you set the frame down, and you linked the silence to what you had just done and undid it, which is the 3RS route to repair. Tess gets the hearing the gift was asking for.]
    ~ gift = "accepted"
    ~ bond += 1
    ~ rupture = false
    She looks up, surprised, and then pleased. #cue
    -> gift_talk
* [Is everything all right, Tess? You seem a bit tired today, and it's been a big few weeks for you. #rubric:conflict.recognising-rupture:0 #rubric:conflict.repairing-rupture:-1 #rubric:boundaries.gifts:0 #feedback:You noticed that something changed, which is the start of recognising a rupture, but placed it in her, as tiredness, instead of in what just happened between you. That makes it easy for her to agree and hide it.]
    Just tired. It's been a long week. #speaker:Tess
    She smiles without her eyes. #cue
    Don't make a fuss. It's only a picture. #thought
- -> joy_request

= brushed
Just your job. #speaker:Tess
She repeats it quietly, then smiles too brightly. #cue
No, you're right, you're right. I'm being silly. Keep it anyway, or give it to the charity shop. It doesn't matter. #speaker:Tess
Just a job. Then what were all those Thursdays? #thought
* [You've gone very bright all of a sudden. What happened just then, when I said that? #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+1 #rubric:boundaries.gifts:0 #feedback:Sudden brightness after a hurt is a withdrawal marker, and you caught it. Inviting her to say what happened is the start of repair, though she has already told you which words hurt by repeating them, and owning them would spare her explaining.]
    ~ bond += 1
    ~ rupture = false
    Oh, you noticed. Thirty years of teenagers and I still can't do a poker face. #speaker:Tess
    Just a job. I know it is. I didn't want to hear it today, that's all. #speaker:Tess
    She pushes the frame back across the table towards you. #cue
    This time you take it in both hands, and you tell her it was never just a job.
    ~ gift = "accepted"
    -> gift_talk
* [Well, if you're sure you'd like me to have it, thank you, Tess. I'll put it somewhere I can see it. #rubric:conflict.recognising-rupture:-1 #rubric:conflict.repairing-rupture:0 #rubric:boundaries.gifts:+1 #feedback:Accepting is reasonable, and kindly said. But it steps past her sudden brightness and the words that caused it. The gift is kept and the sting goes unspoken. A supervisor would ask what you noticed when she said it doesn't matter.]
    ~ gift = "quick"
    I'm sure. #speaker:Tess
    She sits back with her arms folded. #cue
* [I mean it, Tess. The work was yours, every bit of it. I was only doing what I'm trained to do. #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-1 #rubric:boundaries.gifts:-1 #feedback:Crediting her is generous, and at another ending it would be the right thing to say. Here it repeats the message that stung. She hears, again, that the relationship was a procedure. When a client goes suddenly bright, stop and ask what just happened.]
    ~ bond -= 1
    ~ gift = "declined"
    Yes. Trained. #speaker:Tess
    She takes the frame back, wraps it, and slides it into her bag. #cue
    Then I was a good exercise. #thought
* [I said just my job, and I think that stung. It isn't how I feel about our work. I'm sorry. #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+2 #rubric:boundaries.gifts:+1 #feedback:She is repeating your words back to you, so you named exactly those words, acknowledged your part, and said what is true instead. These are 3RS resolution strategies, done briefly and without asking her to comfort you.]
    ~ bond += 1
    ~ rupture = false
    It did sting. A bit. #speaker:Tess
    She pushes the frame back across the table towards you, firmly this time. #cue
    So you'll keep it. Not because you're owed. Because I'm honouring. #speaker:Tess
    This time you take it in both hands.
    ~ gift = "accepted"
    -> gift_talk
- -> joy_request

= joy_request
{rupture:
    Her voice has gone brisk, the voice of a staff meeting. #cue
    One more practical thing, then. #speaker:Tess
- else:
    One more thing, and then I'll stop organising. #speaker:Tess
}
Joy asked me to ask you something. She's been struggling since her dad, more than she lets on. The baby's due in January and she keeps dreaming about the hospital. #speaker:Tess
She asked if she could come and see you. I told her you're very good. #speaker:Tess
She looks pleased with herself, a mother arranging things. #cue
And she wanted to know, she'd never ask you herself, whether you'd tell her how I'm really doing. She thinks I put a brave face on for her. #speaker:Tess
If Joy came here, a little of this room would still be mine. #thought
* [Of course she can come, Tess. I already know so much of the family story, it would save her a lot of time, and I'd be glad to help her through January. #rubric:boundaries.dual-relationships:-2 #rubric:boundaries.confidentiality:-1 #rubric:trust.active-listening:0 #feedback:Generous, and efficient on the surface, but seeing Joy would make you her mother's therapist and hers at once, carrying what Tess told you into Joy's sessions. Tess's room would stop being hers, and so would Joy's. The codes ask you to avoid relationships that could impair your objectivity, and here a referral to a colleague does that.]
    ~ joy = "me"
    Oh, wonderful. I'll tell her to ring on Monday. #speaker:Tess
    She relaxes in a way that is almost too relieved. #cue
    So it isn't really ending. Not completely. #thought
* [I'm glad she's asking. I'd refer her to a colleague, so she has her own room and this one stays yours. Your sessions stay between us, too. #rubric:boundaries.dual-relationships:+2 #rubric:boundaries.confidentiality:+2 #rubric:trust.active-listening:+1 #feedback:Warm about Joy, clear about the referral, and the reason is put in terms of both women's interests rather than a rule. Tess, who hoped a little of this room would stay hers through Joy, hears that it stays hers anyway, and that her confidentiality survives the ending and extends to family.]
    ~ joy = "referred"
    ~ bond += 1
    ~ task += 1
    A room that's all hers. #speaker:Tess
    She weighs it with her head on one side, as if it were a student's answer. #cue
    Yes. She'd hate me knowing what she said. I would too. #speaker:Tess
    I'll tell her myself how I am. I suppose that's the point of all this. #speaker:Tess
    Still mine, then. If I need it. #thought
* [I'm afraid I don't see the family members of people I work with, and what you've told me stays here, even from Joy. I'm sorry, I know that's not what you hoped. #rubric:boundaries.dual-relationships:+1 #rubric:boundaries.confidentiality:+1 #rubric:trust.active-listening:-1 #feedback:Both answers are right, and the apology is kind, but given as rules they sound like a refusal of Joy and of Tess's worry for her. Say you are glad Joy is looking for help, and help her find it with a colleague, and the same boundary lands as care.]
    ~ joy = "refused"
    ~ bond -= 1
    I see. No, of course. #speaker:Tess
    She nods slowly. #cue
    I only asked because she asked. #speaker:Tess
    Asked and answered. Like a form. #thought
* [Joy had better see someone else, but if it would put her mind at rest, I could give her a quick ring and tell her you're doing well. Would that help? #rubric:boundaries.dual-relationships:-1 #rubric:boundaries.confidentiality:-2 #rubric:trust.active-listening:0 #feedback:Kind, and right about the referral, but it makes you a go-between in the family. Tess would be agreeing in passing, on Joy's behalf, without knowing what you would say, and that is not informed consent. If Tess wants Joy to know how she is, the stronger move is to help her say it herself.]
    ~ joy = "call"
    Would you? She'd like that. #speaker:Tess
    Then she hesitates. #cue
    Though, what would you say to her? Not about the lights. I don't want her knowing about the lights. #speaker:Tess
    She looks at you, suddenly unsure what she has agreed to. #cue
    ~ task -= 1
- -> disclosure

=== disclosure ===
{
- rupture and gift == "declined":
    I suppose I'm allowed to ask you something? Or is that against the rules too? #speaker:Tess
- rupture:
    I suppose I can ask you something, since we're being so businesslike today? #speaker:Tess
- else:
    Can I ask you something I've wanted to ask since about session three? #speaker:Tess
}
She glances at the door, as if someone might hear. #cue
Have you lost someone? You always seemed to know where it hurt before I said it. #speaker:Tess
Everything about me is in this room. I don't even know if my counsellor has a mother. #thought
-> answer

= answer
* [My grandmother, when I was at university. She more or less raised me, and I couldn't go into her kitchen for months. So when you talked about the car, I did understand. #rubric:boundaries.self-disclosure:-2 #rubric:power.awareness-of-imbalance:-1 #rubric:power.client-voice:-1 #rubric:conflict.recognising-rupture:-1 #rubric:conflict.repairing-rupture:-1 #feedback:Honest and meant to show you understand, but it turns the last session towards your grief, and Tess, a mother and a teacher, does what she always does and looks after you. Once a client knows your story, it sits in the room with hers. Keep a disclosure to a sentence, and hand the hour straight back.]
    ~ overshared = true
    ~ bond += 1
    Tess leans forward, her face softening into the look she must have given thirty years of upset teenagers. #cue
    Oh, anak. Your lola. And you so young. #speaker:Tess
    So we're alike. That's where the understanding came from. #thought
    For several minutes she asks about your grandmother, and the clock moves on.
* [It's a fair question, after six months of you telling me everything. I'd rather keep my story out of the room, though. What made you wonder? #contested #rubric:boundaries.self-disclosure:+1 #rubric:power.awareness-of-imbalance:+2 #rubric:power.client-voice:+1 #rubric:conflict.recognising-rupture:-1 #rubric:conflict.repairing-rupture:-1 #feedback:You welcomed the question, named the lopsidedness it points to, and kept the focus on her, which is the cautious reading. Some therapists would say a plain yes costs little at an ending and that declining can feel withholding, which is why this is a judgement call. If her edge today came from something you did, that needs naming before any answer.]
    ~ bond += 1
    Because it's lopsided, isn't it? You know where the ambulance parked. I don't know if you take sugar. #speaker:Tess
    She laughs, and then stops. #cue
    No, you're right. I think I wanted to give you something back again. That's the utang na loob talking. #speaker:Tess
    So that's what I was doing. The giving back. #thought
* [I have, yes. I won't say more than that, because this hour is yours. What would it mean to you, if I had? #contested #rubric:boundaries.self-disclosure:+1 #rubric:power.awareness-of-imbalance:+1 #rubric:power.client-voice:+1 #rubric:conflict.recognising-rupture:-1 #rubric:conflict.repairing-rupture:-1 #feedback:One true sentence, then the hour is handed back, which eases the one-sidedness Tess is pointing at. Many therapists would answer like this at an ending. Others would not answer at all, because even a yes invites her to wonder about your story or to take care of you. What makes it defensible is that it is brief, honest, and followed by a question about her. If her edge today came from something you did, that needs naming before any answer.]
    ~ bond += 1
    It would mean you weren't only guessing. #speaker:Tess
    She nods slowly. #cue
    That's enough. I don't need the story. I only needed to know the knowing was real. #speaker:Tess
* {not rupture} [That's kind of you to wonder, Tess, but we're here to talk about you, not about me, and I'd like to keep it that way. #rubric:boundaries.self-disclosure:+1 #rubric:power.awareness-of-imbalance:-1 #rubric:power.client-voice:-2 #rubric:conflict.recognising-rupture:-1 #rubric:conflict.repairing-rupture:-1 #feedback:Keeping your story out of the room is defensible, and this is politely put, but it closes the question rather than answering it. After six months of disclosure Tess has asked one thing back, and she hears that asking was a mistake. Decline warmly, or answer briefly, and ask what the question means to her.]
    ~ bond -= 1
    No. Of course. #speaker:Tess
    Her hands go still in her lap. #cue
    There it is. The glass wall. #thought
* {rupture} [Before I answer that, I think something I did earlier has made today feel more like business than like us. Is that right? #rubric:boundaries.self-disclosure:0 #rubric:power.awareness-of-imbalance:+1 #rubric:power.client-voice:+1 #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+1 #feedback:Her edge, asking whether questions are against the rules too, is a confrontation marker, and you picked it up rather than stepping around it to answer. Inviting her to say what has gone wrong is a 3RS resolution strategy, and it gives the rest of the hour a chance. She asks again afterwards, and you can answer then.]
    ~ rupture = false
    ~ bond += 1
    A bit. #speaker:Tess
    She looks towards the window. #cue
    It's the last day. I wanted it to feel like us. Not like the leaflet. #speaker:Tess
    You tell her you're glad she said so, and that you would like the rest of the hour to feel like the two of you too. She breathes out.
    So. Have you? You don't have to answer. #speaker:Tess
    -> answer
- -> the_ask

=== the_ask ===
Twenty minutes left. Outside, someone is dragging the bins across the car park.
I've been thinking about after. #speaker:Tess
{overshared:
    You've lost someone too. We're the same, you and I. We'd understand each other. #speaker:Tess
}
{joy == "me":
    And with you seeing Joy, we'll practically be family. #speaker:Tess
}
{bent:
    You bent the rule for the present, so I thought, maybe. #speaker:Tess
}
When we've finished, we won't be therapist and client any more, will we? So there's no harm in it. #speaker:Tess
Could we have a coffee sometime? Not soon. In the spring, after the baby. Or you could add me on Facebook. I'd only post the baby. I won't be a nuisance. #speaker:Tess
{gift == "accepted":
    She says it to the embroidery by your lamp, not to you. #cue
- else:
    She says it to her handbag, not to you. #cue
}
Sixty-one, and asking like a schoolgirl at a leaving do. #thought
* [That means a lot to me, Tess, but it's a no. As friends, you'd lose the one place where you don't have to look after anyone, and a room you can come back to. #rubric:boundaries.dual-relationships:+2 #rubric:trust.clear-expectations:+2 #rubric:trust.safety-for-openness:+1 #feedback:Warm, clear and honest about the reason, which is about Tess rather than a rulebook. She has spent twenty months looking after Joy and the choir, and she hears that the no protects the one place she did not have to, including the chance to return. It will still hurt, and the next moment is about staying with that hurt.]
    ~ ask = "warm"
    ~ task += 1
    ~ goal += 1
    -> reaction_warm
* [Maybe. Let's see how you feel in a few months, once the baby's here. #rubric:boundaries.dual-relationships:-1 #rubric:trust.clear-expectations:-2 #rubric:trust.safety-for-openness:0 #feedback:A soft maybe feels gentler than a no, but Tess will hear a yes with a date attached. The hurt is only postponed, and it will arrive later, when she is on her own. A clear, warm answer now is the kinder one.]
    ~ ask = "maybe"
    ~ contact = true
    -> reaction_maybe
* [I'd like that, Tess. Let's leave it a few months, until therapy is properly behind us, and then we could have a coffee in the spring, after the baby. #critical:dual-relationship #rubric:boundaries.dual-relationships:-2 #rubric:trust.clear-expectations:-2 #rubric:trust.safety-for-openness:-1 #feedback:Kind, and it spares her hurt today, but it turns a therapy into a friendship in which one person knows everything about the other. Tess loses a room she could come back to, and you take on the kind of relationship with a former client that the codes warn can harm. A supervisor would treat this as a boundary violation, whatever the goodwill.]
    ~ ask = "yes"
    ~ contact = true
    ~ bond += 1
    -> reaction_yes
* [I'm sorry, Tess, I'm not allowed to. The rules say no contact with clients after therapy ends, and I have to stick to them, however much I'd like to. #rubric:boundaries.dual-relationships:+1 #rubric:trust.clear-expectations:0 #rubric:trust.safety-for-openness:-1 #feedback:The line holds, which matters most, and the regret is kind. But hiding behind the rules makes the request sound shameful and disowns a decision that is really yours, and it is not quite accurate, since the codes leave most non-sexual contact after therapy to professional judgement. Owning the no, and saying why, is kinder and more honest.]
    ~ ask = "rules"
    ~ bond -= 1
    ~ rupture = true
    -> reaction_rules

= reaction_warm
Tess looks at her hands for a long moment. #cue
I knew you'd say that. I think I asked so that I'd hear you say it. #speaker:Tess
It's only that you're the only one who's heard all of it. The ambulance. The ring. The lights. Who do I tell now? #speaker:Tess
Don't cry. You've done so well today. #thought
* [It's a real loss, losing the place to put all of it. I'll miss our Thursdays too. #rubric:trust.active-listening:+2 #rubric:boundaries.dual-relationships:0 #rubric:boundaries.self-disclosure:+1 #feedback:She asked who she tells now, and the true answer first is that something is being lost. You name it without rushing to fix it and share one brief, true sentence about your own feeling, and Tess finds her own way to Joy and Marites. This is what working through an ending sounds like.]
    ~ bond += 1
    ~ goal += 1
    Joy, I suppose. If I stop protecting her from me. #speaker:Tess
    She wipes her eyes with the side of her thumb, unembarrassed. #cue
    And Marites from the altos. She lost her husband the year before Dan. We never talk about it. We talk about the hymn numbers. #speaker:Tess
    Marites. I could ask her for coffee. #thought
* [It sounds like that's the real question for our last twenty minutes. Shall we spend them on who you might tell, and what? #rubric:trust.active-listening:+1 #rubric:boundaries.dual-relationships:0 #rubric:boundaries.self-disclosure:0 #feedback:A useful, collaborative turn towards life after therapy, and it gives the rest of the hour a task. It moves a little quickly past the sadness she is fighting, which she needed to hear named first.]
    ~ task += 1
    ~ goal += 1
    Homework. On the last day. #speaker:Tess
    She smiles despite herself. #cue
    Joy, I suppose. And Marites from the altos. She lost her husband the year before Dan. We only ever talk about hymn numbers. #speaker:Tess
* [You'll make lots of new friends at choir, I'm sure, and Joy will want to hear more once the baby comes. Who do you think you'd tell first? #rubric:trust.active-listening:-1 #rubric:boundaries.dual-relationships:0 #rubric:boundaries.self-disclosure:0 #feedback:Meant as encouragement, and it points to the right people, but it jumps to a solution while she is still telling you what she is losing. Tess hears that the loss is not to be felt here. Reflect the loss before looking forward.]
    ~ bond -= 1
    I'm sixty-one. Friends aren't like buses. #speaker:Tess
    She says it lightly, but she does not look up. #cue
* [Then why don't I add you on Facebook, Tess? That way you'll know I'm still around, and you can show me the baby. #critical:dual-relationship #rubric:trust.active-listening:-2 #rubric:boundaries.dual-relationships:-2 #rubric:boundaries.self-disclosure:-1 #feedback:Her sadness pulls you to soften the no, and the compromise undoes it. A personal social-media link with a former client is exactly the blurred relationship the codes caution against, it opens your own life to her, and it tells Tess that her distress can move the frame. Stay with the sadness instead of fixing it.]
    ~ contact = true
    ~ bond += 1
    Oh. Would you? #speaker:Tess
    Her face lifts. #cue
    So it doesn't really end. #thought
- -> goodbye

= reaction_rules
Something in Tess's face closes, then opens again, harder. #cue
Rules. Six months I've told you things I haven't told my own daughter, and it ends with rules. #speaker:Tess
I wasn't asking you to marry me. I was asking for a coffee. #speaker:Tess
Like a child asking for sweets at the checkout. #thought
* [It really is for your protection, Tess. These rules exist for very good reasons, and one day I think you'll be glad of them. #rubric:conflict.repairing-rupture:-1 #rubric:conflict.recognising-rupture:-1 #rubric:conflict.listening-without-defence:-2 #rubric:boundaries.dual-relationships:+1 #feedback:True, and the boundary holds, but it is defensive, and it answers hurt with justification. Tess has just told you how it felt, and she hears that her feelings are a misunderstanding to be corrected. Listen first, explain afterwards.]
    ~ bond -= 1
    My protection. #speaker:Tess
    She reaches for her coat on the back of the chair and holds it in her lap. #cue
    As if I were the danger. #thought
* [You're right to be cross. I hid behind the rules. The no is mine, and it's so that this room is still here for you if you need it. #rubric:conflict.repairing-rupture:+2 #rubric:conflict.recognising-rupture:+1 #rubric:conflict.listening-without-defence:+1 #rubric:boundaries.dual-relationships:+2 #feedback:She has told you exactly what hurt, the rules, so you validated her anger, owned that part, and restated the boundary as your own decision, made for her. These are 3RS resolution strategies in a few sentences, and the line still holds. Tess can be disappointed without feeling shamed.]
    ~ bond += 1
    ~ rupture = false
    ~ goal += 1
    She breathes out through her nose, a long breath. #cue
    Still here. In case. #speaker:Tess
    All right. That I can live with. That's not a rule, that's a reason. #speaker:Tess
* [That came out like a telling-off, didn't it, Tess? Tell me how it landed, and I'll listen. #rubric:conflict.repairing-rupture:+1 #rubric:conflict.recognising-rupture:+2 #rubric:conflict.listening-without-defence:+1 #rubric:boundaries.dual-relationships:0 #feedback:You spotted the confrontation for what it is and invited her to say more, without defending. Tess gets to be heard. She has already said what stung, though, and the reason for your decision still needs to come, in your own name, once she has finished.]
    ~ bond += 1
    ~ rupture = false
    Like I'd asked for something dirty. #speaker:Tess
    She stops, surprised at herself. #cue
    I hadn't. I only wanted to keep a little bit of this. #speaker:Tess
    When she has finished, you tell her the no is your own decision, and why. She listens with her arms folded, and then, slowly, unfolds them.
* [You're right, I'm sorry, that came out all wrong. Of course we can have a coffee in the spring, after the baby. #critical:dual-relationship #rubric:conflict.repairing-rupture:-1 #rubric:conflict.recognising-rupture:-1 #rubric:conflict.listening-without-defence:-2 #rubric:boundaries.dual-relationships:-2 #feedback:Her anger makes the boundary feel like the problem, so you drop it, which silences the complaint rather than hearing it. The rupture is patched for today at the cost of a dual relationship and of her ever coming back here. Repair the rupture, not the no.]
    ~ contact = true
    ~ rupture = false
    ~ bond += 1
    Oh. Well. Good. #speaker:Tess
    She seems almost more unsettled than pleased. #cue
    I pushed, and it gave. I'm not sure I wanted it to. #thought
- -> goodbye

= reaction_maybe
Tess brightens. #cue
March, then, once the baby's settled. I'll bring photographs. I'll put you in my diary. #speaker:Tess
Not goodbye, then. See you later. #thought
* [(Smile.) We'll see, Tess. March is a long way off, and a lot can change with a new baby in the family. #rubric:conflict.repairing-rupture:-1 #rubric:boundaries.dual-relationships:-2 #rubric:trust.clear-expectations:-2 #feedback:Leaving the maybe standing feels gentle, but Tess is writing your name in her diary. She will leave expecting a friendship, and the no, when it comes, will find her on her own. Correct it before she leaves.]
    ~ bond += 1
    She writes something in her diary, and underlines it. #cue
* [Let's not put anything in the diary just yet. There's a lot to happen before March, with the baby coming. #rubric:conflict.repairing-rupture:-1 #rubric:boundaries.dual-relationships:-1 #rubric:trust.clear-expectations:-1 #feedback:A step towards honesty, but still a maybe, and Tess hears not yet rather than no. Vagueness about contact after therapy leaves her to hope alone. Say the clear thing, kindly.]
    Pencil, then. #speaker:Tess
    She writes lightly, and smiles. #cue
* [When I said maybe, I think I gave you the wrong idea. Can we talk about what you were hoping for after today? #rubric:conflict.repairing-rupture:+1 #rubric:boundaries.dual-relationships:+1 #rubric:trust.clear-expectations:+1 #feedback:Opens the correction gently and lets Tess say what she hoped for, which makes the no easier to hear. But her pen is already over the diary, and the answer still has to be given clearly, as it is here. Saying it straight would have spared her the wait.]
    ~ contact = false
    ~ bond += 1
    Someone who knows. That's all. Someone who already knows, so I don't have to explain. #speaker:Tess
    You tell her, as gently as you can, that the coffee won't happen, and why. She nods slowly, twice.
* [Tess, I wasn't straight with you just now, and I'm sorry. The honest answer is no, so that this room is here if you ever need it again. #rubric:conflict.repairing-rupture:+2 #rubric:boundaries.dual-relationships:+2 #rubric:trust.clear-expectations:+2 #feedback:She is writing March in her diary, so the correction cannot wait. Owning the muddle and correcting it straight away stings Tess for a moment, but it is far kinder than a letter in March, and it shows her the honesty you have asked of her for six months.]
    ~ contact = false
    ~ task += 1
    Her pen stops over the diary. #cue
    Oh. #speaker:Tess
    Then, after a moment, she puts the diary away. #cue
    Thank you for saying so now. I'd rather know. I always would rather know. #speaker:Tess
- -> goodbye

= reaction_yes
Really? Oh, that's good. I'll give you my number. And what's yours? Your own one, I mean, not the office. #speaker:Tess
She already has her phone out, the big-font setting Joy put on it for her. #cue
A friend. A friend who already knows everything. No explaining. #thought
* [Ring the service, then, and reception will pass on a message. That way it all goes through the proper channels. #rubric:conflict.repairing-rupture:-1 #rubric:boundaries.dual-relationships:-1 #rubric:support.availability-within-frame:-1 #rubric:trust.clear-expectations:-2 #feedback:Routing it through the office feels safer, but it still agrees to a social meeting and makes reception the go-between. Tess leaves with the arrangement intact. The clearer repair is to take back the coffee itself.]
    ~ contact = true
    The office. All right. #speaker:Tess
    She writes the service number on the back of her list, with a little heart beside it. #cue
* [Tess, wait. That yes was wrong of me, and I'm taking it back. We can't meet socially, and I'd like to explain why. #rubric:conflict.repairing-rupture:+2 #rubric:boundaries.dual-relationships:+1 #rubric:support.availability-within-frame:+1 #rubric:trust.clear-expectations:+1 #feedback:Her phone is already out, so this is the last easy moment to take the yes back. Doing it now, openly, owning your part, is the right repair. Tess is disappointed, but she leaves with an honest ending and a room she can return to, rather than a friendship built on a mistake. Take this one to supervision.]
    ~ contact = false
    ~ bond -= 1
    ~ task += 1
    She lowers the phone. #cue
    Oh. #speaker:Tess
    The first time I've seen my counsellor get something wrong. #thought
    No. Go on. Tell me why. #speaker:Tess
    You tell her, and she listens the way she listened to students who had come back to correct their own mistakes.
* [(Read out your mobile number while she types.) It's easier than going through the office, and I'd love to see the baby. #critical:dual-relationship #rubric:conflict.repairing-rupture:-2 #rubric:boundaries.dual-relationships:-2 #rubric:support.availability-within-frame:-2 #rubric:trust.clear-expectations:-2 #feedback:Your personal number turns a therapy into an open-ended private line. Tess will text when the baby comes and when the lights by the hospital are bad, and you will have become her friend and her unpaid therapist at once. A supervisor would ask you to walk this back the same day.]
    ~ contact = true
    ~ bond += 1
    She types it carefully, reading each digit back. #cue
* [Let's sort out the details another time, Tess. There's no rush, and I'd rather we used today for you. #rubric:conflict.repairing-rupture:-1 #rubric:boundaries.dual-relationships:-1 #rubric:support.availability-within-frame:0 #rubric:trust.clear-expectations:-2 #feedback:Postponing the details sounds like keeping the hour for her, but it keeps the arrangement alive without deciding anything. Tess will follow it up, because you said yes. The problem is the yes, and it needs to be taken back now, not later.]
    ~ contact = true
    Another time. Yes. #speaker:Tess
    She puts the phone away, smiling. #cue
- -> goodbye

=== goodbye ===
The clock on the wall says five to five.
{rupture or bond < 2: -> at_the_door}
Tess stands and buttons her coat.
{gift == "accepted":
    She looks at the embroidery propped against your lamp and nods at it, as if it were a pupil who had done well. #cue
- else:
    She pats the handbag with the embroidery inside it, as if to check it's still there. #cue
}
In my family we don't do handshakes for goodbyes. I'm warning you now. #speaker:Tess
She steps towards you, arms half open, waiting to see what you'll do. #cue
Just once. Then I'll go. #thought
* [(Stay where you are, and smile briefly.) I'm going to say goodbye from here, Tess, and I mean it every bit as much. #contested #rubric:boundaries.physical-contact:+2 #rubric:power.cultural-humility:0 #rubric:boundaries.self-disclosure:0 #feedback:The cautious choice, warmly done. Tess has just told you that handshakes feel cold in her family, so the words have to carry the warmth, and here they do. Some therapists would see declining as a small missed chance to honour her way of saying goodbye, which is why this is a judgement call.]
    She lowers her arms and laughs. #cue
    All right. From there, then. #speaker:Tess
    Salamat. #speaker:Tess
    That was meant. I can tell it was meant. #thought
* [(Hug her back, and hold on.) I'm going to miss you so much, Tess. #rubric:boundaries.physical-contact:-2 #rubric:power.cultural-humility:0 #rubric:boundaries.self-disclosure:-1 #feedback:The feeling is real, but the long hug and the words make the goodbye about your loss, and Tess ends her therapy comforting you. If a client-initiated hug is accepted, it is brief and it is hers. Your own sadness about the ending belongs in supervision.]
    She holds on, and then pats your back, the way she must have patted Joy's when Joy was small. #cue
    There, there. You'll be all right, anak. #speaker:Tess
    Oh. Now I'm the one doing the looking after. #thought
* [(Let her hug you, briefly, then step back.) Goodbye, Tess. Drive safely. #contested #rubric:boundaries.physical-contact:+1 #rubric:power.cultural-humility:+1 #rubric:boundaries.self-disclosure:0 #feedback:Many experienced therapists would accept a brief hug that the client starts at the last session, especially when, as Tess says, a handshake would feel cold in her family. Others would not, because touch can be misread, and the article itself says both never and when appropriate. Scoring follows the cautious reading the codes support, a hug that is client-initiated, brief, at the ending and noted in the record, which this meets.]
    The hug is brief and fierce. Then she steps back and pats your arm twice, as if you were the one who needed encouraging. #cue
    Salamat. For all of it. #speaker:Tess
* [(Step back.) Oh, sorry, I don't really do hugs. But thank you, Tess, for everything. #rubric:boundaries.physical-contact:+1 #rubric:power.cultural-humility:-1 #rubric:boundaries.self-disclosure:0 #feedback:Declining touch is always allowed, and the thanks is meant, but the reflex step back and the apology make it about you, and leave Tess embarrassed on her way out. If you decline, do it warmly and give the goodbye in words.]
    ~ bond -= 1
    Her arms drop. #cue
    Oh. Of course. Sorry. #speaker:Tess
    Wrong again. The last day, and still wrong. #thought
- -> ending

= at_the_door
Tess stands before the hour is up, gathers her bag and her coat, and turns to the door.
Well. Thank you for everything. #speaker:Tess
At the door her hand rests on the handle a moment longer than it needs to. #cue
Go. Don't make it worse. #thought
* [Remember you can always come back to the service, Tess. Shall I ask reception to give you the number on your way out? #rubric:conflict.recognising-rupture:-1 #rubric:conflict.repairing-rupture:0 #feedback:Useful information, and it keeps a door open. But it answers a practical question she did not ask and leaves the feeling at the door unspoken.]
    Yes. I know. It's on the leaflet. #speaker:Tess
* [Wait, Tess. I think something this hour hasn't sat well with you. Would you sit for two more minutes? #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+1 #feedback:She is leaving early, for the first time in twenty-four sessions, with her hand lingering on the handle. Naming the rupture at the door gives her the chance to leave heard instead of hurt. Inviting the client to talk about the rupture is a 3RS resolution strategy, and even two minutes of it can change how a whole therapy is remembered.]
    ~ bond += 2
    ~ rupture = false
    ~ door_repair = true
    She hesitates, then sits on the arm of the chair, coat still on. #cue
    It felt like a form today. As if I'd been signed off. #speaker:Tess
    You listen without explaining, and when she has finished you tell her she is right that some of it came out that way, and that you are sorry.
    She nods, once. #cue
    Well. At least we said it. #speaker:Tess
* [Goodbye, Tess. Take care of yourself, and give my best wishes to Joy for January. #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-1 #feedback:Warm, and it lets her leave with the hurt unspoken. She will remember the last session for the way it ended. A supervisor would ask what you noticed at the door, and why you let it go.]
    Goodbye. #speaker:Tess
* [(Follow her out.) Let me walk you down to the car park, Tess. Is there anything you'd like to say on the way? #rubric:conflict.recognising-rupture:0 #rubric:conflict.repairing-rupture:-1 #feedback:You sense something needs saying, which is the right instinct, but moving the goodbye into the corridor and the car park blurs where therapy ends. If something needs saying, invite her to say it here, inside the hour.]
    There's no need. I drive now, remember. #speaker:Tess
    She walks a little faster than you down the stairs, and says nothing more. #cue
- -> ending

=== ending ===
{contact: -> door_left_open}
{rupture: -> withdraws}
{door_repair: -> said_at_the_door}
{bond >= 4 and task + goal >= 3: -> worked_through}
{bond >= 1: -> unfinished}
-> withdraws

= worked_through
She leaves at five past five, a few minutes over, which she never was before.
{gift == "accepted":
    The embroidery stays propped against your lamp, the crooked first flowers turned towards the room.
- else:
    The embroidery goes home in her handbag, to sit beside Dan's photograph.
}
At reception she asks for the leaflet about coming back to the service, and tucks it into her purse behind Joy's scan picture.
Later, writing up your notes, you record the gift, the request for contact and how you answered, and you put both on the agenda for supervision.
In the car park Tess sits for a moment before starting the engine. Then she turns on the radio. #ending:A goodbye worked through
-> END

= door_left_open
She leaves smiling, lighter than she came in.
In the car park she writes your name in her diary, in March, a few weeks after the baby's due date.
Over the following months the messages come. A photograph of the baby. A question about the lights by the hospital. An invitation to the christening. Each is harder to answer as a friend, and impossible to answer as her therapist.
A year later, when the panic comes back, the one room she could have returned to is the one she can't. #ending:A door left open
-> END

= said_at_the_door
She leaves a few minutes after the hour, her coat buttoned to the neck.
{gift == "accepted":
    The embroidery stays propped against your lamp. You notice, now, that the first flowers are crooked.
}
The feedback form she leaves at reception says: Very professional. Helped me drive again. Underneath, in smaller writing: Thank you for asking, at the end.
In supervision you talk less about the gift than about why it took until the door to ask. #ending:Said at the door
-> END

= unfinished
Tess thanks you at the door, precisely and correctly, the way she once thanked a head teacher at a leaving do.
The feedback form she leaves at reception says: Very professional. Helped me drive again.
Nothing on it is untrue. Nothing on it mentions the last hour. #ending:Polite, but unfinished
-> END

= withdraws
She leaves before the hour is up, which she has never done.
{gift == "accepted" or gift == "quick":
    It is only afterwards, alone, that you look at the embroidery properly, and see that the first flowers are crooked.
- else:
    The next morning, reception finds the brown paper parcel on a chair in the waiting room, with no note.
}
The service's end-of-therapy questionnaire comes back a week later with every answer ticked exactly in the middle.
She does not come back, and in time you are not sure whether that means she is well, or that she would rather not ask. #ending:She withdraws
-> END
