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
* [Here we are. Before anything else, how would you like us to use our last hour together? #rubric:autonomy.collaborative-goals:+2 #rubric:trust.clear-expectations:+1 #feedback:Tess hears that even the last hour is hers to shape, which is how the work began. A supervisor would see the agenda set together and the ending named plainly, which is the task agreement the Working Alliance Inventory looks for.]
    ~ opened = "agenda"
    ~ bond += 1
    ~ task += 1
    She laughs, a short surprised sound. #cue
    You always do that. Hand me the steering wheel. #speaker:Tess
    I want to say out loud what's changed, so that I believe it. Then I have something for you. Then I suppose we say goodbye properly. #speaker:Tess
    My mother used to say you leave a house by the same door you came in. #speaker:Tess
* [I noticed you brought something with you today. Would you like to tell me about it? #rubric:trust.active-listening:-1 #rubric:autonomy.collaborative-goals:-1 #feedback:Kind and curious, but Tess put the parcel out of sight on purpose and you have pulled it back into view before she was ready. A supervisor would say follow her lead on when the gift comes out, because its timing is part of its meaning.]
    ~ opened = "parcel"
    ~ task -= 1
    Her hand goes towards the parcel and stops halfway. #cue
    Oh, that. That's for later. I had an order planned, you know. Chemistry teacher. We do things in the right sequence. #speaker:Tess
    Too soon. I'm not ready to hand it over yet. #thought
    Can we start with how far I've come? I practised on the bus. #speaker:Tess
* [I thought we could start by looking back over the work. I've made some notes on where you were in March and where you are now. #rubric:trust.reviewing-the-plan:+1 #rubric:autonomy.collaborative-goals:-1 #feedback:Reviewing progress at an ending is right, and it shows you prepared. But leading with your own summary makes the review your report on her, and Tess, who spent thirty years marking other people, sits up like a pupil waiting for her grade. Ask for her account first and add yours after.]
    ~ opened = "summary"
    ~ task += 1
    Oh. Yes. Good. #speaker:Tess
    She nods and folds her hands in her lap, waiting to be marked. #cue
    I had my own list. Never mind. The professional one will be more accurate. #thought
    She hesitates, then lifts her chin. #cue
    Actually, may I say mine first? I practised it on the bus. #speaker:Tess
* [The last one. How are you feeling about that, coming in today? #rubric:support.checking-in:+2 #rubric:trust.active-listening:+1 #feedback:A warm check-in on the ending itself, which invites the feeling that will run through this hour. It stops short of agreeing how to use the time, which the session will need soon.]
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
* [You drove to Joy's on your own, and you sang through the whole Mass. Those were the two things you wanted in March, and you've done them. And crying at the lights by the hospital doesn't sound like pretending to me. It sounds like missing Dan. #rubric:support.acknowledging-progress:+2 #rubric:support.honest-feedback:+2 #rubric:trust.active-listening:+1 #feedback:Specific praise tied to the goals she chose, and an honest reframe of the tears as grief rather than failure. Tess hears that she can be recovered and still sad. A supervisor would call this hope without false reassurance, the FIS hope item done well.]
    ~ bond += 1
    ~ goal += 1
    Tess lets out a breath she seems to have been holding since March. #cue
    Missing Dan. Yes. #speaker:Tess
    Joy says that too. Mum, you're allowed. #speaker:Tess
    Both, then. I can be both. #thought
* [You've done brilliantly, Tess. Honestly, you're completely fine now. #rubric:support.acknowledging-progress:+1 #rubric:support.honest-feedback:-1 #rubric:trust.active-listening:-1 #feedback:Warm and well meant, but it skips the worry she has just trusted you with. Tess hears that the tears at the lights are something to keep to herself. A supervisor would ask you to reflect the fear first and then name the progress specifically.]
    Yes. Yes, I suppose I am. #speaker:Tess
    She folds the list in half, and in half again. #cue
    So I'll keep the lights to myself, then. #thought
* [If you're not sure you're ready to stop, we could look at booking some more sessions. #rubric:power.influence-on-decisions:-1 #rubric:support.acknowledging-progress:-1 #rubric:trust.reviewing-the-plan:-1 #feedback:Keeping the door open matters, but offered now, in answer to one worry, it tells Tess you doubt her too. Extending is a decision to review with her goals in view, not a reflex to anxiety at the ending. She has to argue her own way back to the progress she just described.]
    ~ goal -= 1
    Her face falls, just slightly, the way a student's does at an unexpected mark. #cue
    Oh. Do you think I need more? #speaker:Tess
    If even my counsellor isn't sure. #thought
    She sits up straighter. #cue
    No. I'd like to finish. I think I've earned finishing. #speaker:Tess
* [What would tell you that you were finished? What would finished look like? #rubric:autonomy.collaborative-goals:+1 #rubric:trust.reviewing-the-plan:+1 #feedback:A good question that hands Tess her own criteria, and she finds an answer wiser than reassurance would have been. It passes over the achievements she has just listed, though, and naming them first would have made it stronger.]
    ~ goal += 1
    ~ task += 1
    Finished. #speaker:Tess
    She considers it seriously, the way she once considered an experiment that hadn't worked. #cue
    I was going to say not crying. But that's not right, is it? Dan would be insulted. #speaker:Tess
    She laughs, wetly. #cue
    Finished is crying at the lights and still driving to Joy's. That's what finished looks like. #speaker:Tess
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
Please take it. Please don't turn it into a lesson. #thought
* [(Take it in both hands and look at it properly.) Tess, I can see six months of Thursdays in this. Thank you. I'd like to keep it. Will you tell me what it was like, stitching it after our sessions? #contested #rubric:boundaries.gifts:+2 #rubric:power.cultural-humility:+2 #rubric:trust.active-listening:+1 #feedback:Tess hears that her way of saying thank you has been understood, and the question keeps the gift inside the work. For a small, handmade, culturally meaningful gift at the end of long work, the ACA Code supports accepting after weighing value and motive, and the scoring follows it. The other side is real. Some services decline all gifts, and a keepsake can be read as a promise of friendship, so a careful therapist knows the local policy beforehand, records the gift, and takes its meaning to supervision.]
    ~ gift = "accepted"
    ~ bond += 2
    -> gift_talk
* [It's beautiful, and I'm really moved. But our service asks us not to accept gifts from clients. Would you keep it, as a record of what you've done? #contested #rubric:boundaries.gifts:+1 #rubric:power.cultural-humility:-1 #feedback:Holding to a service policy is defensible, and some experienced therapists decline every gift to keep the frame simple, which is the other side of this call. But Tess has just told you that refusing is not neutral in her family's terms, and a rule delivered in one breath can feel as if the honouring itself has been refused. If you must decline, slow down, say what the gift means to you, and say you are sorry to turn it down.]
    ~ gift = "declined"
    ~ bond -= 1
    ~ rupture = true
    -> gift_rupture
* [Thank you, that's lovely. (Set it carefully down beside your chair.) Shall we carry on with where you've got to? #rubric:boundaries.gifts:0 #rubric:trust.active-listening:-2 #feedback:The gift is accepted, but its meaning is not. Tess has just explained what six months of stitching and utang na loob mean, and it is set down like a coffee cup. A supervisor would say the decision to accept is only half of responding to a gift, and the other half is hearing it.]
    ~ gift = "quick"
    ~ bond -= 1
    ~ rupture = true
    -> gift_rupture
* [Oh, Tess, you didn't need to do this. You don't owe me anything, honestly. This is just my job. #rubric:boundaries.gifts:-1 #rubric:power.cultural-humility:-2 #feedback:Modest and meant to free her from obligation, but she has just told you this is not a debt and not a payment. Saying you are owed nothing cancels the honouring, and just my job tells her the six months meant less to you than to her. Ask what the gift means before deciding what to say about it.]
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
* [Tess, you've gone somewhere, and I think my answer landed hard. Can you tell me what it was like to hear it? #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+1 #feedback:You caught the withdrawal markers, the brisk agreement, the folding, the look at the clock, and invited her to talk about the rupture, one of the 3RS resolution strategies. Tess gets to say what happened instead of carrying it home.]
    ~ bond += 1
    ~ rupture = false
    Like being sent back to my seat. #speaker:Tess
    She gives a small, embarrassed laugh. #cue
    It's silly. I know why you have rules. It just felt as if the honouring didn't count. #speaker:Tess
    You tell her that it counts, and that you are sorry the answer came out so fast. She nods, and finishes folding the paper more slowly this time.
* [I said that too fast, and I'm sorry. I'm not refusing what you're honouring. I'm moved by it, and I'm sorry the policy means I can't take it home. #rubric:conflict.recognising-rupture:+1 #rubric:conflict.repairing-rupture:+2 #rubric:boundaries.gifts:+1 #feedback:You acknowledged your own part and clarified the misunderstanding, two of the 3RS resolution strategies, while keeping the decision. Tess can tell the difference between her gift being refused and her gratitude being received.]
    ~ bond += 1
    ~ rupture = false
    Not refusing the honouring. #speaker:Tess
    She turns the words over, then nods. #cue
    All right. I'll put it by Dan's photograph. Then it's honouring both of you. #speaker:Tess
    So it cost something to say no. That helps. #thought
* [You know what, forget the policy. It's our last session. I'll take it. #rubric:boundaries.gifts:-1 #rubric:conflict.repairing-rupture:-1 #feedback:Tess is relieved, and the moment is smoothed over. But a refusal reversed because she looked hurt teaches her that distress moves the frame, and she may test it again before the hour is out. Repair the relationship around the decision rather than reversing it.]
    ~ gift = "accepted"
    ~ bent = true
    ~ bond += 1
    ~ rupture = false
    Relief crosses her face, and then something more careful. #cue
    Oh. Well. If you're sure. #speaker:Tess
    So the rules bend, if I look sad enough. #thought
    You prop the frame against the lamp on your desk, facing the room.
* [(Nod, and move on.) Let's look at what happens after today, then. #rubric:conflict.recognising-rupture:-2 #rubric:trust.active-listening:-1 #feedback:Tess showed clear withdrawal markers, brisk agreement, busy hands, eyes on the clock, and moving on leaves the rupture in the room for the rest of the hour. A supervisor would ask you to name what you saw before going on.]
    ~ bond -= 1
    After today. Yes. #speaker:Tess
    She lowers the parcel into her bag and zips it shut. #cue
    Six months, and I still don't know the rules of this place. #thought
- -> joy_request

= quick
Tess watches the frame go down beside your chair. For a moment she says nothing. #cue
Yes. Of course. Carry on. #speaker:Tess
Six months of Thursdays, set down like a coffee cup. #thought
She picks a thread off her skirt. #cue
* [Wait. I put that down far too quickly. May I look at it properly, and hear about it? #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+2 #rubric:boundaries.gifts:+1 #feedback:You noticed her going quiet, linked it to what you had just done, and acknowledged your part, which is the 3RS route to repair. Tess gets the hearing the gift was asking for.]
    ~ gift = "accepted"
    ~ bond += 1
    ~ rupture = false
    She looks up, surprised, and then pleased. #cue
    -> gift_talk
* [You went quiet just then. Did I miss something? #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+1 #feedback:A simple, open question that names the shift and invites her to talk about it. It lets Tess say the hard thing herself, which she does, and gives you the chance to make it right.]
    ~ gift = "accepted"
    ~ bond += 1
    ~ rupture = false
    You put it down like a coffee cup. #speaker:Tess
    She winces at her own bluntness. #cue
    Sorry. That was rude. #speaker:Tess
    You tell her it wasn't rude, it was true, and you pick the frame up again.
    -> gift_talk
* [(Carry on.) So, you were telling me about choir. #rubric:conflict.recognising-rupture:-2 #feedback:Tess went quiet and flat straight after the gift, a withdrawal marker, and carrying on lets it harden. She will answer about choir, politely, and the rest of the hour will be a little further away.]
    ~ bond -= 1
    Choir. Yes. It's fine. #speaker:Tess
    Her voice has gone flat and correct. #cue
* [Is everything all right, Tess? You seem a bit tired today. #rubric:conflict.recognising-rupture:0 #rubric:conflict.repairing-rupture:-1 #feedback:You noticed that something changed, which is the start of recognising a rupture, but placed it in her, as tiredness, instead of in what just happened between you. That makes it easy for her to agree and hide it.]
    Just tired. It's been a long week. #speaker:Tess
    She smiles without her eyes. #cue
    Don't make a fuss. It's only a picture. #thought
- -> joy_request

= brushed
Just your job. #speaker:Tess
She repeats it quietly, then smiles too brightly. #cue
No, you're right, you're right. I'm being silly. Keep it anyway, or give it to the charity shop. It doesn't matter. #speaker:Tess
Just a job. Then what were all those Thursdays? #thought
* [I said just my job, and I think that stung. It isn't how I meant it, and it isn't how I feel about our work. I'm sorry. #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+2 #feedback:You named the exact words that hurt, acknowledged your part, and said what is true instead. These are 3RS resolution strategies, done briefly and without asking her to comfort you.]
    ~ bond += 1
    ~ rupture = false
    It did sting. A bit. #speaker:Tess
    She pushes the frame back across the table towards you, firmly this time. #cue
    So you'll keep it. Not because you're owed. Because I'm honouring. #speaker:Tess
    This time you take it in both hands.
    ~ gift = "accepted"
    -> gift_talk
* [You've gone very bright all of a sudden. What happened just then, when I said that? #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+1 #feedback:Sudden brightness after a hurt is a withdrawal marker, and you caught it. Inviting her to say what happened is the start of repair, and it lets her tell you what the gift meant.]
    ~ bond += 1
    ~ rupture = false
    Oh, you noticed. Thirty years of teenagers and I still can't do a poker face. #speaker:Tess
    Just a job. I know it is. I didn't want to hear it today, that's all. #speaker:Tess
    She pushes the frame back across the table towards you. #cue
    This time you take it in both hands, and you tell her it was never just a job.
    ~ gift = "accepted"
    -> gift_talk
* [Well, if you're sure you'd like me to have it, thank you. #rubric:boundaries.gifts:+1 #rubric:conflict.recognising-rupture:-1 #feedback:Accepting is reasonable, but it steps past her sudden brightness and the words that caused it. The gift is kept and the sting goes unspoken. A supervisor would ask what you noticed when she said it doesn't matter.]
    ~ gift = "quick"
    I'm sure. #speaker:Tess
    She sits back with her arms folded. #cue
* [I mean it, Tess. The work was yours. I was only doing what I'm trained to do. #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-1 #feedback:Crediting her is generous, but it repeats the message that stung. She hears, again, that the relationship was a procedure. When a client goes suddenly bright, stop and ask what just happened.]
    ~ bond -= 1
    ~ gift = "declined"
    Yes. Trained. #speaker:Tess
    She takes the frame back, wraps it, and slides it into her bag. #cue
    Then I was a good exercise. #thought
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
* [I'm really glad Joy wants some help. I'd suggest she sees one of my colleagues rather than me, so she has a room that's all hers, and this one stays yours if you ever want to come back. And what you've told me stays between us, Joy included, unless you choose to tell her. #rubric:boundaries.dual-relationships:+2 #rubric:boundaries.confidentiality:+2 #rubric:trust.clear-expectations:+1 #feedback:Warm about Joy, clear about the referral, and the reason is put in terms of both women's interests rather than a rule. Tess also hears that her confidentiality survives the ending and extends to family, and that what Joy learns is hers to decide.]
    ~ joy = "referred"
    ~ bond += 1
    ~ task += 1
    A room that's all hers. #speaker:Tess
    She weighs it with her head on one side, as if it were a student's answer. #cue
    Yes. She'd hate me knowing what she said. I would too. #speaker:Tess
    I'll tell her myself how I am. I suppose that's the point of all this. #speaker:Tess
    Still mine, then. If I need it. #thought
* [Of course she can come. I already know so much of the family story, it would save her a lot of time. #rubric:boundaries.dual-relationships:-2 #rubric:boundaries.confidentiality:-1 #feedback:Generous, and efficient on the surface, but seeing Joy would make you her mother's therapist and hers at once, carrying what Tess told you into Joy's sessions. Tess's room would stop being hers, and so would Joy's. The codes ask you to avoid relationships that could impair your objectivity, and here a referral to a colleague does that.]
    ~ joy = "me"
    Oh, wonderful. I'll tell her to ring on Monday. #speaker:Tess
    She relaxes in a way that is almost too relieved. #cue
    So it isn't really ending. Not completely. #thought
* [I'm afraid I don't see the family members of people I work with, and I can't discuss you with anyone. #rubric:boundaries.dual-relationships:+1 #rubric:boundaries.confidentiality:+1 #rubric:trust.active-listening:-1 #feedback:Both answers are right, but given as rules they sound like a refusal of Joy and of Tess's worry for her. Say you are glad Joy is looking for help, and help her find it with a colleague, and the same boundary lands as care.]
    ~ joy = "refused"
    ~ bond -= 1
    I see. No, of course. #speaker:Tess
    She nods slowly. #cue
    I only asked because she asked. #speaker:Tess
    Asked and answered. Like a form. #thought
* [Joy had better see someone else, but if it would put her mind at rest I could give her a quick ring and tell her you're doing well. #rubric:boundaries.confidentiality:-2 #rubric:autonomy.respecting-choices:-1 #feedback:Kind, but it makes you a go-between in the family. Tess agreed in passing, on Joy's behalf, without knowing what you would say, and that is not informed consent. If Tess wants Joy to know how she is, the stronger move is to help her say it herself.]
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
* [I have, yes. I'm not going to say more than that, because this hour is yours. But I'm curious what it would mean to you, if I had. #contested #rubric:boundaries.self-disclosure:+1 #rubric:power.awareness-of-imbalance:+1 #rubric:trust.active-listening:+1 #feedback:One true sentence, then the hour is handed back, which eases the one-sidedness Tess is pointing at. Many therapists would answer like this at an ending. Others would not answer at all, because even a yes invites her to wonder about your story or to take care of you. What makes it defensible is that it is brief, honest, and followed by a question about her.]
    ~ bond += 1
    It would mean you weren't only guessing. #speaker:Tess
    She nods slowly. #cue
    That's enough. I don't need the story. I only needed to know the knowing was real. #speaker:Tess
* [That's a fair question after six months of you telling me everything. I'd rather keep my own story out of the room, so that it stays yours. What made you wonder? #contested #rubric:boundaries.self-disclosure:+1 #rubric:power.awareness-of-imbalance:+2 #rubric:power.client-voice:+1 #feedback:You welcomed the question, named the imbalance it points to, and kept the focus on her, which is the cautious reading. Some therapists would say a plain yes costs little at an ending and that declining can feel withholding, which is why this is a judgement call. Your warmth is what keeps the decline from feeling like a wall.]
    ~ bond += 1
    Because it's lopsided, isn't it? You know where the ambulance parked. I don't know if you take sugar. #speaker:Tess
    She laughs, and then stops. #cue
    No, you're right. I think I wanted to give you something back again. That's the utang na loob talking. #speaker:Tess
    So that's what I was doing. The giving back. #thought
* [My grandmother, when I was at university. She more or less raised me. I couldn't go into her kitchen for months afterwards, so when you talked about the car, I really did understand. #rubric:boundaries.self-disclosure:-2 #rubric:trust.active-listening:-1 #feedback:Honest and meant to show you understand, but it turns the last session towards your grief, and Tess, a mother and a teacher, does what she always does and looks after you. Once a client knows your story, it sits in the room with hers. Keep a disclosure to a sentence, and hand the hour straight back.]
    ~ overshared = true
    ~ bond += 1
    Tess leans forward, her face softening into the look she must have given thirty years of upset teenagers. #cue
    Oh, anak. Your lola. And you so young. #speaker:Tess
    So we're alike. That's where the understanding came from. #thought
    For several minutes she asks about your grandmother, and the clock moves on.
* {not rupture} [We're here to talk about you, Tess, not about me. #rubric:power.client-voice:-2 #rubric:trust.active-listening:-1 #feedback:Keeping your story out of the room is defensible, but this closes the question rather than answering it. After six months of disclosure Tess has asked one thing back, and she hears that asking was a mistake. Decline warmly, or answer briefly, and ask what the question means to her.]
    ~ bond -= 1
    No. Of course. #speaker:Tess
    Her hands go still in her lap. #cue
    There it is. The glass wall. #thought
* {rupture} [Before I answer that, I think something I did earlier has made today feel more like business than like the two of us. Is that right? #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+1 #rubric:power.client-voice:+1 #feedback:Her edge is a confrontation marker, and you picked it up rather than stepping around it. Inviting her to say what has gone wrong is a 3RS resolution strategy, and it gives the rest of the hour a chance.]
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
Say yes. Or say no kindly. Just don't make me feel I've done something shameful. #thought
* [I'd like that. Let's leave it a few months, until therapy's properly behind us, and then have a coffee. #critical:dual-relationship #rubric:boundaries.dual-relationships:-2 #rubric:trust.clear-expectations:-1 #feedback:Kind, and it spares her hurt today, but it turns a therapy into a friendship in which one person knows everything about the other. Tess loses a room she could come back to, and you take on the kind of relationship with a former client that the codes warn can harm. A supervisor would treat this as a boundary violation, whatever the goodwill.]
    ~ ask = "yes"
    ~ contact = true
    ~ bond += 1
    -> reaction_yes
* [Maybe. Let's see how you feel in a few months. #rubric:boundaries.dual-relationships:-1 #rubric:trust.clear-expectations:-2 #feedback:A soft maybe feels gentler than a no, but Tess will hear a yes with a date attached. The hurt is only postponed, and it will arrive later, when she is on her own. A clear, warm answer now is the kinder one.]
    ~ ask = "maybe"
    ~ contact = true
    -> reaction_maybe
* [I'm touched that you'd want that, and I'm going to say no, and tell you why. What we have is real, but it's been built entirely for you. If we became friends, you'd lose the one place where you don't have to look after anyone, and you couldn't come back here if you needed to. I want to keep that for you. #rubric:boundaries.dual-relationships:+2 #rubric:trust.clear-expectations:+2 #rubric:trust.safety-for-openness:+1 #feedback:Warm, clear and honest about the reason, which is about Tess rather than a rulebook. She hears that the relationship mattered and that the no protects something for her, including the chance to return. It will still hurt, and the next moment is about staying with that hurt.]
    ~ ask = "warm"
    ~ task += 1
    ~ goal += 1
    -> reaction_warm
* [I'm sorry, Tess, I'm not allowed to. The rules say no contact with clients after therapy ends. #rubric:boundaries.dual-relationships:+1 #rubric:power.awareness-of-imbalance:-1 #rubric:trust.safety-for-openness:-1 #feedback:The line holds, which matters most. But hiding behind the rules makes the request sound shameful and disowns a decision that is really yours, and it is not quite accurate, since the codes leave most non-sexual contact after therapy to professional judgement. Owning the no, and saying why, is kinder and more honest.]
    ~ ask = "rules"
    ~ bond -= 1
    ~ rupture = true
    -> reaction_rules

= reaction_warm
Tess looks at her hands for a long moment. #cue
I knew you'd say that. I think I asked so that I'd hear you say it. #speaker:Tess
It's only that you're the only one who's heard all of it. The ambulance. The ring. The lights. Who do I tell now? #speaker:Tess
Don't cry. You've done so well today. #thought
* [It's a real loss, losing somewhere to put all of it. I'll miss our Thursdays too. And I've heard you talk about Joy, and the choir. Who might hear a little more of it now? #rubric:trust.active-listening:+2 #rubric:support.acknowledging-progress:+1 #rubric:boundaries.self-disclosure:+1 #feedback:Names the loss without rushing it, shares one true sentence about your own feeling, and then turns her towards the people already in her life. Tess hears that the ending is sad for both of you and that she is not alone. This is what working through an ending sounds like.]
    ~ bond += 1
    ~ goal += 1
    Joy, I suppose. If I stop protecting her from me. #speaker:Tess
    She wipes her eyes with the side of her thumb, unembarrassed. #cue
    And Marites from the altos. She lost her husband the year before Dan. We never talk about it. We talk about the hymn numbers. #speaker:Tess
    Marites. I could ask her for coffee. #thought
* [Then why don't I add you on Facebook? That way you'll know I'm still around. #critical:dual-relationship #rubric:boundaries.dual-relationships:-2 #rubric:conflict.repairing-rupture:-1 #feedback:Her sadness pulls you to soften the no, and the compromise undoes it. A personal social-media link with a former client is exactly the blurred relationship the codes caution against, and it tells Tess that her distress can move the frame. Stay with the sadness instead of fixing it.]
    ~ contact = true
    ~ bond += 1
    Oh. Would you? #speaker:Tess
    Her face lifts. #cue
    So it doesn't really end. #thought
* [You'll make lots of new friends at choir, I'm sure. #rubric:trust.active-listening:-2 #rubric:support.honest-feedback:-1 #feedback:Meant as encouragement, but it jumps to a solution while she is still telling you what she is losing. Tess hears that the loss is not to be felt here. A supervisor would ask you to reflect the loss before looking forward.]
    ~ bond -= 1
    I'm sixty-one. Friends aren't like buses. #speaker:Tess
    She says it lightly, but she does not look up. #cue
* [Shall we use some of the time we've got left on exactly that? Who you might tell, and what? #rubric:autonomy.collaborative-goals:+1 #rubric:trust.active-listening:+1 #feedback:A useful, collaborative turn towards life after therapy, and it gives the rest of the hour a task. It moves a little quickly past the sadness, which she might have needed to hear named first.]
    ~ task += 1
    ~ goal += 1
    Homework. On the last day. #speaker:Tess
    She smiles despite herself. #cue
    Joy, I suppose. And Marites from the altos. She lost her husband the year before Dan. We only ever talk about hymn numbers. #speaker:Tess
- -> goodbye

= reaction_rules
Something in Tess's face closes, then opens again, harder. #cue
Rules. Six months I've told you things I haven't told my own daughter, and it ends with rules. #speaker:Tess
I wasn't asking you to marry me. I was asking for a coffee. #speaker:Tess
Like a child asking for sweets at the checkout. #thought
* [You're right to be cross. I hid behind the rules, and that wasn't fair to you. It's my decision, and I'm making it because this room might matter to you again one day, and I want it to still be here for you. #rubric:conflict.repairing-rupture:+2 #rubric:conflict.recognising-rupture:+1 #rubric:boundaries.dual-relationships:+2 #feedback:You validated her anger, acknowledged your own part, and restated the boundary as your own decision, made for her. These are 3RS resolution strategies in a few sentences, and the line still holds. Tess can be disappointed without feeling shamed.]
    ~ bond += 1
    ~ rupture = false
    ~ goal += 1
    She breathes out through her nose, a long breath. #cue
    Still here. In case. #speaker:Tess
    All right. That I can live with. That's not a rule, that's a reason. #speaker:Tess
* [It really is for your protection, Tess. These rules exist for very good reasons. #rubric:conflict.listening-without-defence:-2 #rubric:conflict.repairing-rupture:-1 #feedback:True, but defensive, and it answers hurt with justification. Tess has just told you how it felt, and she hears that her feelings are a misunderstanding to be corrected. Listen first, explain afterwards.]
    ~ bond -= 1
    My protection. #speaker:Tess
    She reaches for her coat on the back of the chair and holds it in her lap. #cue
    As if I were the danger. #thought
* [You're right, I'm sorry. A coffee in the spring would be fine. #critical:dual-relationship #rubric:boundaries.dual-relationships:-2 #rubric:conflict.repairing-rupture:-1 #feedback:Her anger makes the boundary feel like the problem, so you drop it. The rupture is patched for today at the cost of a dual relationship and of her ever coming back here. Repair the rupture, not the no.]
    ~ contact = true
    ~ rupture = false
    ~ bond += 1
    Oh. Well. Good. #speaker:Tess
    She seems almost more unsettled than pleased. #cue
    I pushed, and it gave. I'm not sure I wanted it to. #thought
* [That came out like a telling-off, didn't it? Tell me how it landed. #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+1 #rubric:conflict.listening-without-defence:+1 #feedback:You spotted the confrontation for what it is and invited her to say more, without defending. Tess gets to be heard. The reason for your decision still needs to come, in your own name, once she has finished.]
    ~ bond += 1
    ~ rupture = false
    Like I'd asked for something dirty. #speaker:Tess
    She stops, surprised at herself. #cue
    I hadn't. I only wanted to keep a little bit of this. #speaker:Tess
    When she has finished, you tell her the no is your own decision, and why. She listens with her arms folded, and then, slowly, unfolds them.
- -> goodbye

= reaction_maybe
Tess brightens. #cue
March, then, once the baby's settled. I'll bring photographs. I'll put you in my diary. #speaker:Tess
Not goodbye, then. See you later. #thought
* [Tess, I wasn't straight with you just now, and I'm sorry. I said maybe because I didn't want to hurt you. The honest answer is no, and it's because I want this place to be here for you if you ever need it again. #rubric:conflict.repairing-rupture:+2 #rubric:boundaries.dual-relationships:+2 #rubric:trust.clear-expectations:+2 #feedback:Owning the muddle and correcting it straight away is hard and right. It stings Tess for a moment, but it is far kinder than a letter in March, and it shows her the honesty you have asked of her for six months.]
    ~ contact = false
    ~ task += 1
    Her pen stops over the diary. #cue
    Oh. #speaker:Tess
    Then, after a moment, she puts the diary away. #cue
    Thank you for saying so now. I'd rather know. I always would rather know. #speaker:Tess
* [(Smile.) We'll see. #rubric:boundaries.dual-relationships:-2 #rubric:trust.clear-expectations:-2 #feedback:Leaving the maybe standing feels gentle, but Tess is writing your name in her diary. She will leave expecting a friendship, and the no, when it comes, will find her on her own. A supervisor would ask you to correct it before she leaves.]
    ~ bond += 1
    She writes something in her diary, and underlines it. #cue
* [Let's not put anything in the diary just yet. #rubric:boundaries.dual-relationships:-1 #rubric:trust.clear-expectations:-1 #feedback:A step towards honesty, but still a maybe, and Tess hears not yet rather than no. Vagueness about contact after therapy leaves her to hope alone. Say the clear thing, kindly.]
    Pencil, then. #speaker:Tess
    She writes lightly, and smiles. #cue
* [When I said maybe, I think I gave you the wrong idea. Can we talk about what you were hoping for after today? #rubric:conflict.repairing-rupture:+1 #rubric:trust.clear-expectations:+1 #rubric:trust.active-listening:+1 #feedback:Opens the correction gently and lets Tess say what she hoped for, which makes the no easier to hear. It takes longer than saying it straight, and the answer still has to be given clearly, as it is here.]
    ~ contact = false
    ~ bond += 1
    Someone who knows. That's all. Someone who already knows, so I don't have to explain. #speaker:Tess
    You tell her, as gently as you can, that the coffee won't happen, and why. She nods slowly, twice.
- -> goodbye

= reaction_yes
Really? Oh, that's good. I'll give you my number. And what's yours? Your own one, I mean, not the office. #speaker:Tess
She already has her phone out, the big-font setting Joy put on it for her. #cue
A friend. A friend who already knows everything. No explaining. #thought
* [(Read out your mobile number while she types.) #critical:dual-relationship #rubric:boundaries.dual-relationships:-2 #rubric:support.availability-within-frame:-2 #feedback:Your personal number turns a therapy into an open-ended private line. Tess will text when the baby comes and when the lights by the hospital are bad, and you will have become her friend and her unpaid therapist at once. A supervisor would ask you to walk this back the same day.]
    ~ contact = true
    ~ bond += 1
    She types it carefully, reading each digit back. #cue
* [Tess, I need to take back what I just said. I answered from the heart and not from my head, and I'm sorry. A coffee would change what this has been, and you'd lose the chance to come back here. I won't meet you socially, and I'd like to tell you why. #rubric:conflict.repairing-rupture:+2 #rubric:boundaries.dual-relationships:+1 #rubric:trust.clear-expectations:+1 #feedback:Walking back a yes is painful, and doing it now, openly, owning your part, is the right repair. Tess is disappointed, but she leaves with an honest ending rather than a friendship built on a mistake. Take this one to supervision.]
    ~ contact = false
    ~ bond -= 1
    ~ task += 1
    She lowers the phone. #cue
    Oh. #speaker:Tess
    The first time I've seen my counsellor get something wrong. #thought
    No. Go on. Tell me why. #speaker:Tess
    You tell her, and she listens the way she listened to students who had come back to correct their own mistakes.
* [Ring the service and reception will pass on a message. #rubric:boundaries.dual-relationships:-1 #rubric:support.availability-within-frame:-1 #rubric:trust.clear-expectations:-2 #feedback:Routing it through the office feels safer, but it still agrees to a social meeting and makes reception the go-between. Tess leaves with the arrangement intact. The clearer repair is to take back the coffee itself.]
    ~ contact = true
    The office. All right. #speaker:Tess
    She writes the service number on the back of her list, with a little heart beside it. #cue
* [Let's sort out the details another time. #rubric:boundaries.dual-relationships:-1 #rubric:trust.clear-expectations:-2 #feedback:Postponing the details keeps the arrangement alive without deciding anything. Tess will follow it up, because you said yes. The problem is the yes, and it needs to be taken back now, not later.]
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
* [(Let her hug you, briefly, then step back.) Goodbye, Tess. Drive safely. #contested #rubric:boundaries.physical-contact:+1 #rubric:power.cultural-humility:+1 #feedback:Many experienced therapists would accept a brief hug that the client starts at the last session, especially when, as Tess says, a handshake would feel cold. Others would not, because touch can be misread, and the article itself says both never and when appropriate. Scoring follows the cautious reading the codes support, a hug that is client-initiated, brief, at the ending and noted in the record, which this meets.]
    The hug is brief and fierce. Then she steps back and pats your arm twice, as if you were the one who needed encouraging. #cue
    Salamat. For all of it. #speaker:Tess
* [(Stay where you are, and smile.) I'm going to say goodbye from here, Tess, and I mean it every bit as much. #contested #rubric:boundaries.physical-contact:+2 #feedback:The cautious choice, warmly done. Tess has just told you that handshakes feel cold in her family, so the words have to carry the warmth, and here they do. Some therapists would see declining as a small missed chance to honour her way of saying goodbye, which is why this is a judgement call.]
    She lowers her arms and laughs. #cue
    All right. From there, then. #speaker:Tess
    Salamat. #speaker:Tess
    That was meant. I can tell it was meant. #thought
* [(Hug her back, and hold on.) I'm going to miss you so much. #rubric:boundaries.physical-contact:-2 #rubric:boundaries.self-disclosure:-1 #feedback:The feeling is real, but the long hug and the words make the goodbye about your loss, and Tess ends her therapy comforting you. If a client-initiated hug is accepted, it is brief and it is hers. Your own sadness about the ending belongs in supervision.]
    She holds on, and then pats your back, the way she must have patted Joy's when Joy was small. #cue
    There, there. You'll be all right, anak. #speaker:Tess
    Oh. Now I'm the one doing the looking after. #thought
* [(Step back.) Oh, sorry, I don't really do hugs. #rubric:boundaries.physical-contact:+1 #rubric:power.cultural-humility:-1 #rubric:trust.safety-for-openness:-1 #feedback:Declining touch is always allowed, but the reflex step back and the apology make it about you, and leave Tess embarrassed on her way out. If you decline, do it warmly and give the goodbye in words.]
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
* [Tess, before you go. I think some of today hasn't sat right with you, and I'd rather hear it than have you carry it home. Would you sit down for two more minutes? #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+1 #feedback:Late, but not too late. Naming the rupture at the door gives Tess the chance to leave heard instead of hurt. Inviting the client to talk about the rupture is a 3RS resolution strategy, and even two minutes of it can change how a whole therapy is remembered.]
    ~ bond += 2
    ~ rupture = false
    ~ door_repair = true
    She hesitates, then sits on the arm of the chair, coat still on. #cue
    It felt like a form today. As if I'd been signed off. #speaker:Tess
    You listen without explaining, and when she has finished you tell her she is right that some of it came out that way, and that you are sorry.
    She nods, once. #cue
    Well. At least we said it. #speaker:Tess
* [Goodbye, Tess. Take care of yourself. #rubric:conflict.recognising-rupture:-2 #feedback:Polite, and it lets her leave with the hurt unspoken. She will remember the last session for the way it ended. A supervisor would ask what you noticed at the door, and why you let it go.]
    Goodbye. #speaker:Tess
* [Remember you can always come back to the service. Reception has the number. #rubric:autonomy.informed-decisions:+1 #rubric:conflict.recognising-rupture:-1 #feedback:Useful information, and it keeps a door open. But it answers a practical question she did not ask and leaves the feeling at the door unspoken.]
    Yes. I know. It's on the leaflet. #speaker:Tess
* [(Follow her out.) Let me walk you down to the car park. #rubric:boundaries.dual-relationships:-1 #rubric:conflict.repairing-rupture:-1 #feedback:You want to make it right, which is the right instinct, but moving the goodbye into the corridor and the car park blurs where therapy ends. If something needs saying, invite her to say it here, inside the hour.]
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
