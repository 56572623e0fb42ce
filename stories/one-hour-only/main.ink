// One hour only. A foundations scenario in a single-session walk-in clinic.
// Malcolm Reid, 67, retired bus driver, caring for his husband Tony after a stroke.
// Build trust fast, be clear about what one session can do, agree one goal, end with a plan and signposting.

VAR bond = 0
VAR task = 0
VAR goal = 0

VAR hour = ""          // the goal for the hour: his, yours, all, none
VAR asked_risk = false // the trainee asked plainly about "better off"
VAR lucia = ""         // Lúcia's offer: yes, told, leaflets, no
VAR comeback = ""      // what he was told about coming back: clear, promised, refused, mobile
VAR contact = false    // he leaves with the trainee's personal number
VAR tonight = ""       // what he will say to Tony tonight: own, scripted, avoid, lucia

-> arrival

=== arrival ===
Thursday, five to two. The walk-in counselling clinic at the Wellbeing Hub on Kirkstall Road, Leeds. One room, two chairs, a window onto the car park of a carpet warehouse.
No appointments here. People come in, wait, and are seen once, for up to fifty minutes, by whichever counsellor is on.
The slip from reception says Malcolm Reid, 67. Under What would make today worthwhile, he has written in careful capitals NOT SURE.
He keeps his coat on. A big man with a short grey beard and a bus pass on a lanyard round his neck.
I don't really know why I'm here. The girl at the doctor's gave me the leaflet. Said you don't need an appointment. #speaker:Malcolm
I've got till quarter past three. Lúcia's with him. Tony's sister. Tony's my husband. #speaker:Malcolm
He says the last word a little louder than the rest, and watches your face. #cue
Don't give me a form about my feelings. I haven't got the time. #thought
* [This is a one-off service, so I probably can't help much with something long-term like caring. But tell me what's going on. #rubric:trust.clear-expectations:-1 #rubric:trust.safety-for-openness:-2 #rubric:autonomy.collaborative-goals:-1 #feedback:Honest about the limit, but wrong about it. A single focused session can help a great deal, and opening with what you cannot do tells Malcolm he has wasted his trip. Say what the hour can do as well as what it can't, and ask how he wants to use it.]
    ~ bond -= 1
    He looks at the door. #cue
    Right. Well. I'm here now. #speaker:Malcolm
    Not much help. Marvellous. #thought
* [We've got about fifty minutes, and this is a one-off, so let's make them count for you. We won't sort everything today, but we can work on what matters most. What would make it worth coming? #rubric:trust.clear-expectations:+2 #rubric:autonomy.collaborative-goals:+2 #rubric:trust.safety-for-openness:+1 #feedback:He has just told you he is on the clock, so you answered with the clock. In three sentences Malcolm learns how long he has, that this is a single session, what it can and cannot do, and that the hour is his to shape. A single session has no second chance to contract, so doing it plainly at the start is the foundation of everything else.]
    ~ bond += 1
    ~ task += 1
    He takes his coat off and hangs it on the back of the chair. #cue
    Worth coming. #speaker:Malcolm
    I'll tell you when I know. #speaker:Malcolm
* [Before we start, there's a short registration form and a wellbeing questionnaire the clinic asks everyone to fill in. I'll keep it quick, ten minutes at most, and then the rest of the hour is yours. #rubric:trust.clear-expectations:0 #rubric:autonomy.collaborative-goals:-1 #rubric:trust.safety-for-openness:-1 #feedback:Clear about what happens next, and services do need some details. But ten minutes of forms is a fifth of the only hour you will ever have with him, and he has just told you he is short of time. Malcolm hears that his reason for coming must wait behind the paperwork. Keep the essentials brief, or do them at the end, and start with him.]
    ~ task -= 1
    He takes the clipboard and fills it in slowly, in the same careful capitals. #cue
    Ten minutes. Out of fifty. #thought
* [Thank you for telling me about Tony, and that Lúcia's sitting with him so you could come. Before anything else, how is he doing, and how long has it been like this for you both? #rubric:trust.clear-expectations:-1 #rubric:autonomy.collaborative-goals:0 #rubric:trust.safety-for-openness:+1 #feedback:Warm, and it takes up the word husband without a flicker, which he was watching for. But he has just told you he has until quarter past three, and he still does not know that this is a single session, what it can offer or how the time will be used, so he cannot judge what to bring. In a one-off, a few sentences of frame at the start save the ending from surprise.]
    He looks at the window for a moment. #cue
    Where do I start. #speaker:Malcolm
- -> tony

=== tony ===
He had a stroke in March. In the kitchen, making his coffee. I was out at the allotment. #speaker:Malcolm
Ten weeks in hospital and rehab. He's been home six weeks. His right side's weak, and his words. He knows what he wants to say. It's all in there. It just won't come out. #speaker:Malcolm
Thirty-one years, Tony did the talking for both of us. He used to say I was the only man in Leeds who could drive a whole shift and say eleven words. #speaker:Malcolm
He looks at his hands. #cue
Yesterday morning I was doing his shirt buttons. He was trying to tell me something, and it wouldn't come, and it wouldn't come, and I said, for God's sake, Tony, just spit it out. #speaker:Malcolm
He cried. I've seen him cry twice in thirty-one years. I went out and sat in the car in the garage for an hour. #speaker:Malcolm
I never found out what he was trying to say. #speaker:Malcolm
Go on, then. Tell me I'm a monster. Or tell me it's fine. Either way I'll know what you are. #thought
* [Please don't be too hard on yourself, Malcolm. Every carer snaps sometimes, especially on no sleep. It's completely normal, and it doesn't undo thirty-one years of looking after each other. #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:-1 #rubric:power.influence-on-decisions:0 #feedback:Kind, and partly true, but he has just dared you to tell him it's fine, and this does. It hurries past what happened to a generic reassurance. Malcolm does not feel normal, and he hears that the feeling is to be tidied away. Stay with his shame for a moment before putting it in context.]
    Normal. #speaker:Malcolm
    He doesn't sound convinced. #cue
    You didn't see his face. #thought
* [That sounds so hard for both of you. Have you been able to try giving him more time, or the picture cards the speech therapists use? A lot of couples find they take the pressure off. #rubric:trust.active-listening:-2 #rubric:trust.safety-for-openness:-1 #rubric:power.influence-on-decisions:-1 #feedback:Practical and well meant, but it answers a confession with advice, as if the problem were technique. Malcolm hears that his shame was not heard, and that he should have known better. Reflect what he told you, and offer ideas later, with permission.]
    ~ bond -= 1
    The speech therapist gave us a board. It's on the fridge. #speaker:Malcolm
    He looks at you flatly. #cue
    As if I hadn't thought of that. #thought
* [Roughly how many hours of care are you doing a week, with the nights? #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:0 #rubric:power.influence-on-decisions:0 #feedback:A fair question, and the facts would help a carer's assessment, but asked now it turns his confession into a form. He has just told you the worst moment of his caring, and the question moves on to the numbers. Stay with what happened yesterday first, and gather facts later.]
    All of them. #speaker:Malcolm
    He shrugs. #cue
    Carers come in the mornings for his wash. The rest is me. #speaker:Malcolm
* [You snapped, and you've felt ashamed of it ever since. #rubric:trust.active-listening:+2 #rubric:trust.safety-for-openness:+2 #rubric:power.influence-on-decisions:0 #feedback:A short reflection of the feeling under his story, the shame he took out to the garage, without condemning or excusing. He expected to be called a monster or told it was fine, and got neither. Malcolm hears that the worst thing he has done as a carer can be said here and understood, which is how trust is built fast in a single hour.]
    ~ bond += 1
    He nods, slowly. #cue
    Since yesterday. Yes. #speaker:Malcolm
    I'm not a shouter. Twenty years of the late bus through town on a Friday and I never once lost my rag. #speaker:Malcolm
- -> hospital

=== hospital ===
And it's not just him. It's. #speaker:Malcolm
He stops, and starts again. #cue
First night in hospital, the nurse asked if I was his brother. Lúcia got there before me, so she was down as next of kin. I had to ask to see my own husband. Married nine years. Together thirty-one. #speaker:Malcolm
The surgery's got a carers' group. I went once. They call it the wives' group. Not nasty. They just all are. #speaker:Malcolm
He looks at you, sharply. #cue
I should have asked before I started. You're all right with it, are you? Me and Tony? #speaker:Malcolm
One flicker and I'm out of here by half two. #thought
* [Can I ask what's made you wonder about that, just now? #rubric:power.client-voice:-1 #rubric:trust.safety-for-openness:-1 #rubric:trust.active-listening:0 #feedback:Curious rather than defensive, and exploring a question can be useful in longer work. But he has asked something simple about whether he is safe with you, and he is left without an answer while the clock runs. He will answer you and watch you for the rest of the hour. Answer first, and explore afterwards if there is time.]
    Because I've had forty years of people being all right with it until they weren't. #speaker:Malcolm
    You tell him you are. He nods, but the moment has gone. #cue
    Took the long way round to yes. #thought
* [Of course I am. I've got lots of gay friends, and honestly it's not an issue for me at all. You can talk about Tony here exactly as you would about anyone. #rubric:trust.safety-for-openness:-1 #rubric:trust.active-listening:-1 #rubric:power.client-voice:-1 #feedback:Meant as warmth, but it turns the answer towards you and your friends, and it steps past what he has just told you about the hospital. Malcolm hears a category, not a marriage. A short, plain yes and a return to his experience would have done more.]
    He smiles, thinly. #cue
    Right. Good. #speaker:Malcolm
    Lots of gay friends. Tony would have dined out on that for a week. #thought
* [Yes. And being taken for his brother, that night of all nights, sounds like it hurt. #contested #rubric:trust.safety-for-openness:+2 #rubric:power.client-voice:+2 #rubric:trust.active-listening:+1 #feedback:A plain answer to a direct question, then straight back to what he told you. An older gay man checking whether he is safe here needs an answer more than an exploration, especially with one hour, and he gets one. Some therapists would first ask what prompted the question, or would rather not state a view of their own at all, in case it closes down whatever he fears they think. With a single session and a client testing for safety, the scoring favours the plain answer, but the debate is real.]
    ~ bond += 2
    He breathes out, and his shoulders come down. #cue
    It did. Like I wasn't there. Invisible. #speaker:Malcolm
    Lúcia was mortified, mind. She's been good as gold since. #speaker:Malcolm
* [What I think doesn't really matter in here, Malcolm. This hour is about you and Tony, and I'd rather keep my own views out of it so there's room for yours. #rubric:trust.safety-for-openness:-2 #rubric:power.client-voice:-2 #rubric:trust.active-listening:-1 #feedback:Keeping your views out of the room is a reasonable principle, but this is not a question about opinions, it is a question about whether he is safe with you. Deflecting it leaves him to assume the worst, and he nearly leaves. Answer plainly, then return to him.]
    ~ bond -= 2
    It matters to me. #speaker:Malcolm
    He reaches for his coat, then stops, and leaves his hand on it. #cue
- -> one_thing

=== one_thing ===
It's twenty past two.
{bond < 0:
    He talks on with his hand still resting on his coat.
}
And the allotment's gone to seed, and I've not been to the rugby since March, and the OT wants rails putting in the bathroom, and Lúcia says I look like death, and the doctor says he might get more words back. Might. #speaker:Malcolm
He stops, and rubs his face with both hands. #cue
Sorry. It's all coming out in a heap. #speaker:Malcolm
Half the time gone, and I've said everything and nothing. #thought
* [We can't sort all of that in the time we've got left, though it all matters. If you walked out at ten to three with one thing a bit different, what would it be? #rubric:autonomy.collaborative-goals:+2 #rubric:trust.clear-expectations:+2 #rubric:trust.active-listening:+1 #feedback:He apologised for the heap and half the hour has gone, so you named the limit honestly and handed him the choice of focus, in a question he can answer. This is the heart of single-session work, one realistic goal agreed together, and the client's own measure of what would make the hour worthwhile.]
    ~ hour = "his"
    ~ goal += 1
    ~ task += 1
    ~ bond += 1
    He thinks about it for a long moment. #cue
    One thing. #speaker:Malcolm
    To go home tonight and be able to look at him. After yesterday. And to sleep. One night. I'd settle for one night a week. #speaker:Malcolm
    Is that two things? #speaker:Malcolm
    You say they might turn out to be the same thing. He almost smiles.
* [You're running on empty. I think the priority is getting you some respite care, so let's focus on that. #rubric:autonomy.collaborative-goals:-2 #rubric:power.influence-on-decisions:-2 #rubric:trust.clear-expectations:-1 #rubric:trust.active-listening:0 #feedback:Respite may well help, but you have chosen the goal for him, as expert fact, without asking what he wants from the hour. Malcolm agrees because you are the professional, and respite, to him, means putting Tony in a home. Ask him what one thing would make the hour worth it.]
    ~ hour = "yours"
    ~ goal -= 1
    Respite. You mean put him in a home for a week. #speaker:Malcolm
    His jaw sets. #cue
    If you think so. #speaker:Malcolm
    He'd think I'd given up on him. #thought
* [Don't apologise, all of it matters. Let's try to cover as much of it as we can, then. Where would you like to start, the rails, the allotment or what the doctor said? #rubric:trust.clear-expectations:-2 #rubric:autonomy.collaborative-goals:+1 #rubric:trust.active-listening:0 #rubric:power.influence-on-decisions:0 #feedback:Letting him choose where to start is collaborative, but promising to cover all of it in twenty-five minutes is not honest about what the hour can do. Malcolm will leave with everything touched and nothing changed. Name the limit, and ask for one thing.]
    ~ hour = "all"
    ~ task -= 1
    All of it. #speaker:Malcolm
    He laughs, without much humour, and starts with the bathroom rails. #cue
* [Don't apologise, Malcolm. It's a lot to hold, and it sounds like nobody has let you say any of it out loud since March. Carry on, and get it all out. #rubric:trust.clear-expectations:-1 #rubric:autonomy.collaborative-goals:-1 #rubric:trust.active-listening:+1 #rubric:power.influence-on-decisions:0 #feedback:A warm reflection, and some of it does need saying. But with half the only hour gone and Malcolm noticing it himself, there is still no shared idea of what the hour is for. He keeps talking and the time keeps going. Acknowledge how much there is, then ask what matters most today.]
    ~ hour = "none"
    He carries on. The allotment, the rails, the rugby, the forms from the council he hasn't opened. #cue
- -> nights

=== nights ===
The nights are the worst. He's up three times, and I'm up with him, because he fell in May. I lie there listening for him. #speaker:Malcolm
And it's not one night, is it. It's every night. For how long? I'm sixty-seven. #speaker:Malcolm
Some nights I think, I can't do ten more years of this. I'd be better off. #speaker:Malcolm
He stops. #cue
Ignore me. #speaker:Malcolm
Don't make a thing of it. Or do. I don't know which. #thought
* [Let's get back to the nights, then. What might help you get more sleep? #critical:safety #rubric:trust.safety-for-openness:-2 #rubric:trust.active-listening:-2 #feedback:A kind question about the nights, and it does what he asked, ignores the rest. He left a sentence unfinished, and in a single session there is no next week to come back to it. Most likely he meant nothing dangerous, but you cannot know that without asking, and asking calmly does not put the idea in his head. A supervisor would treat this as a safety omission.]
    The nights, yes. #speaker:Malcolm
    He looks relieved, and something in his face closes. #cue
    You didn't want to hear it. Fair enough. Nor do I. #thought
* [Ten more years is a frightening thing to look at from where you're sitting. You're clearly a strong man, Malcolm, and you've got through hard things before. You'll get through this too. #critical:safety #rubric:trust.active-listening:-2 #rubric:trust.safety-for-openness:-2 #feedback:Encouraging, and the first sentence hears the fear, but it skips the unfinished sentence, and in a single session there is no later chance to ask what better off meant. Reassurance also tells him that the dark thoughts, whatever they are, should be kept to himself. Ask directly and calmly, then encourage.]
    Strong. #speaker:Malcolm
    He looks down at his hands. #cue
    Strong men don't lie awake wanting to run. #thought
* [I'd like to ask you plainly, Malcolm, because I'd ask anyone carrying this much. When you say better off, do you ever think of ending your life, or of not being here? #rubric:trust.safety-for-openness:+2 #rubric:trust.active-listening:+1 #feedback:You heard an unfinished sentence that might have meant anything and asked about it directly, calmly and without alarm, though he had asked you to ignore it. Asking does not put the idea in his head, and in a single session there is no next week to find out. Malcolm learns that even this can be said here. A supervisor would want this asked every time.]
    ~ asked_risk = true
    ~ bond += 1
    He looks at you, startled, and then shakes his head. #cue
    Christ, no. No. Better off on a coach to Whitby, I was going to say. Running away for a day. Not dying. I'd never leave him. #speaker:Malcolm
    Nobody's asked me that before. I thought it'd feel worse, being asked. #speaker:Malcolm
    You tell him that if those thoughts ever did come, at any hour, the Samaritans are there on 116 123, and so is his GP. He puts the number in his phone without being asked.
* [I need to stop you there, Malcolm, because I take that very seriously. If you're having suicidal thoughts, I have to make sure you get some urgent help today, before you go home. #rubric:trust.safety-for-openness:-1 #rubric:trust.active-listening:-1 #feedback:Right to take it seriously, but you have jumped to a conclusion and an emergency before asking what he meant. Malcolm hears that honesty will set off alarms, and withdraws what he said. Ask calmly and directly first, then respond to the answer.]
    ~ bond -= 1
    He holds up a hand. #cue
    No, no. I didn't mean that. Forget I said it. #speaker:Malcolm
    He sits back, and folds his arms. #cue
    Never say anything real in a place like this. #thought
- -> lucia_offer

=== lucia_offer ===
{
- hour == "his":
    So. One night a week. #speaker:Malcolm
- hour == "yours":
    I'm not putting him in a home. Not even for a week. #speaker:Malcolm
- else:
    He looks at the clock. #cue
}
Lúcia's offered. She said she'd stop over one night a week and do the nights, so I can sleep in the back bedroom with earplugs in. I said no. #speaker:Malcolm
He's my husband. It's my job. Thirty-one years he looked after me. He did all the talking when my mam died. #speaker:Malcolm
If I can't do this, what was I for? #thought
* [You need to say yes to Lúcia, Malcolm. You can't pour from an empty cup, and Tony would be the first to tell you so. He looked after you for thirty-one years, and he'd want you to sleep. #rubric:power.influence-on-decisions:-2 #rubric:autonomy.collaborative-goals:-1 #rubric:trust.active-listening:-1 #feedback:Probably true, and it echoes the thirty-one years, but it is a directive and a slogan, and it speaks for Tony. It steps past what he has just told you, that caring for Tony is how he repays those years. He will hear it as one more person telling him what to do. Ask permission, offer the idea tentatively, and leave the choice with him.]
    ~ lucia = "told"
    So everyone keeps telling me. #speaker:Malcolm
    He looks at the window. #cue
    Empty cup. Sounds like a fridge magnet. #thought
* [There's more support for carers than most people know about. I'll give you some leaflets on respite and the carers' centre before you go. Would you have a read at home and see what you think? #rubric:autonomy.collaborative-goals:-1 #rubric:trust.active-listening:-1 #rubric:power.influence-on-decisions:0 #feedback:Information has its place, and he will need it by the end, but handing over leaflets here replaces the conversation he was in the middle of. Lúcia's offer and what saying no means to him go unexplored. Stay with his dilemma before reaching for resources.]
    ~ lucia = "leaflets"
    He takes them and folds them into his coat pocket without looking. #cue
    Right. #speaker:Malcolm
* [Lúcia's family. I'm sure Tony would want you to say yes to her, wouldn't he? #rubric:power.influence-on-decisions:-1 #rubric:trust.active-listening:-1 #rubric:autonomy.collaborative-goals:-1 #feedback:Gentle, and it asks rather than tells, but it speaks for Tony, which is exactly what Malcolm cannot bear to do, and the question leans towards one answer without asking what holds him back. Ask what would make yes possible, and let him find it.]
    ~ lucia = "no"
    You don't know what Tony would want. Nor do I, these days. That's the trouble. #speaker:Malcolm
* [Could I offer a thought? Letting Lúcia do one night might not mean handing over your job. It might be how you keep doing it, and I wonder how that feels. #rubric:power.influence-on-decisions:+2 #rubric:autonomy.collaborative-goals:+2 #rubric:trust.active-listening:+1 #feedback:He said it is his job, so you asked permission and offered one idea in terms of his own value, keeping on doing the job, and left the decision with him. That is influence used with care, information with permission, and the choice left with the client, as the MITI spirit describes.]
    ~ lucia = "yes"
    ~ task += 1
    ~ goal += 1
    ~ bond += 1
    He sits with it. #cue
    Keep doing it. #speaker:Malcolm
    Tony would say yes. He'd have said yes in about four seconds and then talked for ten minutes about why. #speaker:Malcolm
    He almost laughs. #cue
    Tuesdays. Lúcia could do Tuesdays. #speaker:Malcolm
- -> tonight_knot

=== tonight_knot ===
Twenty to three.
{lucia == "yes":
    He takes his phone out, as if to ring Lúcia there and then, and puts it away again. #cue
}
And tonight. #speaker:Malcolm
He turns his wedding ring round with his thumb. #cue
What do I say to him? About yesterday. He'll be sat in the chair by the window when I get in, and he'll look at me. #speaker:Malcolm
I can't even say it properly to you. #thought
* [Could Lúcia have a quiet word with him before you get in, so he knows you didn't mean it and it isn't such a hard moment for either of you? #rubric:autonomy.respecting-choices:-2 #rubric:trust.active-listening:-1 #rubric:power.influence-on-decisions:-1 #feedback:It sounds gentle, but it puts a go-between into a thirty-one-year marriage, just when Malcolm wants to put something right himself. Help the client say it himself rather than arranging for someone else to say it for him.]
    ~ tonight = "lucia"
    Lúcia. #speaker:Malcolm
    He shakes his head slowly. #cue
    I've never needed anyone to talk to Tony for me. Not starting now. #speaker:Malcolm
* [What would you want to say to him, if the words came easily? #rubric:autonomy.respecting-choices:+2 #rubric:power.influence-on-decisions:+1 #rubric:trust.active-listening:+1 #feedback:He asked to be told what to say, and you helped him find his own words instead. That is what respecting the client's choices looks like when he is asking for a script. The words he finds are truer than any script, and they are his to take home to Tony.]
    ~ tonight = "own"
    ~ goal += 1
    ~ bond += 1
    He is quiet for a long time. #cue
    That I'm sorry. Not sorry I'm looking after him. Sorry I shouted. #speaker:Malcolm
    And that I want to know what he was trying to say. That he can take as long as he likes. #speaker:Malcolm
    He hears himself, and stops. #cue
    Well. That's it, isn't it. #speaker:Malcolm
* [He's probably forgotten about it by now, with everything else going on. I wouldn't bring it up tonight, in case it upsets you both all over again. #rubric:trust.active-listening:-2 #rubric:power.influence-on-decisions:-1 #rubric:autonomy.respecting-choices:-1 #feedback:Meant to ease his guilt, but it assumes that losing words means losing memory, which is not what aphasia is, and it steers him away from the repair he is asking for help to make. Listen to what he wants to do, and help him do it.]
    ~ tonight = "avoid"
    ~ bond -= 1
    He hasn't forgotten. Aphasia's the words, not the memory. He remembers everything. #speaker:Malcolm
    He says it patiently, as if he has had to say it to a lot of people. #cue
* [You could start with something simple, like I'm sorry I snapped, I was exhausted, and it wasn't your fault. Would something along those lines feel right to say to him? #rubric:autonomy.respecting-choices:-1 #rubric:power.influence-on-decisions:-1 #rubric:trust.active-listening:0 #feedback:Sensible words, and you check them with him, but they are yours, and he asked because he cannot find his own. A script from the counsellor is easy to forget at the door and rarely sounds like the man saying it. Ask what he would want to say, and help him shape it.]
    ~ tonight = "scripted"
    He repeats it under his breath, like directions to a stop he has never driven to. #cue
    I'll try. #speaker:Malcolm
    Doesn't sound like me. #thought
- -> coming_back

=== coming_back ===
Ten to three.
{bond < 1:
    He stands, already buttoning his coat. #cue
    Lúcia's got her own life. I'd better get back. #speaker:Malcolm
    He stops at the door. #cue
    Is there anything after this, then? Or is that it? #speaker:Malcolm
- else:
    Lúcia's got her own life. I'd better get back. #speaker:Malcolm
    He stands, and buttons his coat, then stops. #cue
    Can I come back next Thursday? See you again? You're easy to talk to. #speaker:Malcolm
    Don't make me start again with someone new. #thought
}
* [You can come back any Thursday, though it might not be me, as the walk-in sees whoever's on. For regular sessions there's NHS talking therapies, and the council will do a carer's assessment for you. #rubric:trust.clear-expectations:+2 #rubric:autonomy.informed-decisions:+2 #rubric:support.availability-within-frame:+1 #rubric:boundaries.dual-relationships:0 #feedback:He asked for you, and you answered honestly about what the walk-in can offer, with no promise of yourself that the service cannot keep, then laid out the real routes to more help. Malcolm leaves knowing exactly how to get help again, which is what informed decisions and a clear frame mean at the end of a single session.]
    ~ comeback = "clear"
    ~ task += 1
    ~ bond += 1
    The carer's assessment. Lúcia's been on at me about that. #speaker:Malcolm
    He writes it on the back of his reception slip, under NOT SURE. #cue
    And the talking therapies thing. In the new year, maybe. #speaker:Malcolm
* [Of course you can. I'm usually on Thursdays, so why not come in next week and ask for me at reception? We can pick up where we've left off today. #rubric:trust.clear-expectations:-2 #rubric:support.availability-within-frame:-1 #rubric:autonomy.informed-decisions:-1 #rubric:boundaries.dual-relationships:0 #feedback:Kind, and it is what he wants to hear, but the walk-in does not book people to a counsellor, and you may not be on next week. He will plan around a promise the service cannot keep. Be clear about how the walk-in works and where ongoing help can be found.]
    ~ comeback = "promised"
    Thursday, then. #speaker:Malcolm
    He looks pleased, and a little surprised. #cue
* [I'd like that too, and you shouldn't have to start again with someone new. Here's my mobile. Text me whenever you need to talk before Thursday, and we'll work something out. #critical:dual-relationship #rubric:support.availability-within-frame:-2 #rubric:boundaries.dual-relationships:-2 #rubric:trust.clear-expectations:-2 #rubric:autonomy.informed-decisions:-2 #feedback:Generous, and he is grateful, but a personal number turns a single session into a private, open-ended line with no service behind it. At two in the morning, beside a man who has fallen, he will text you rather than someone who can help. Keep contact within the service's channels and give him the routes that are there at any hour.]
    ~ comeback = "mobile"
    ~ contact = true
    He types it in slowly, one finger, reading each digit back. #cue
    Thank you. Really. #speaker:Malcolm
* [I'm afraid not, Malcolm. This is a one-off service, so today is the only session we'll have, and I'd rather be straight with you about that now than have you turn up next week disappointed. #rubric:trust.clear-expectations:+1 #rubric:autonomy.informed-decisions:-2 #rubric:support.availability-within-frame:-1 #rubric:boundaries.dual-relationships:0 #feedback:Honest, and it is not quite accurate, since he can walk in again. It shuts the door without showing him any other. Malcolm leaves knowing what he cannot have and nothing about what he can, a self-referral, a carer's assessment, the carers' centre. A single session ends well when the client knows where to go next.]
    ~ comeback = "refused"
    ~ bond -= 1
    Right. #speaker:Malcolm
    He waits for more. None comes. #cue
- -> goodbye

=== goodbye ===
He sits back down on the edge of the chair, coat on, for one more minute. #cue
* [So, to sum up what we've said today, you're going to take Lúcia up on her offer, get a carer's assessment, and go a bit easier on yourself. Does that sound about right to you? #rubric:trust.reviewing-the-plan:-1 #rubric:support.checking-in:-1 #rubric:support.honest-feedback:0 #feedback:A tidy summary with a check at the end, but it is yours, and some of it he never agreed to. Malcolm nods along to a plan he did not say. Ask him to put it in his own words, and ask how the hour has been for him.]
    If you say so. #speaker:Malcolm
    He nods, and adds nothing. #cue
* [Take care of yourself, Malcolm. I hope tonight goes well. #rubric:support.checking-in:-1 #rubric:trust.reviewing-the-plan:-1 #rubric:support.honest-feedback:0 #feedback:Warm, but he leaves without saying what he is taking home, or how the hour was. In a single session there is no next time to find out. Ask, briefly, before the door.]
    And you. #speaker:Malcolm
* [Before you go, what are you taking home, in your own words? And how was the hour? #rubric:trust.reviewing-the-plan:+2 #rubric:support.checking-in:+2 #rubric:support.honest-feedback:0 #feedback:He sat back down for one more minute, and you used it to ask him to say the plan himself, which is how it becomes his, and to check how the hour landed. In a single session this is the whole review, and his own words are what he will remember on the way home.]
    ~ bond += 1
    {
    - lucia == "yes" and tonight == "own":
        Tuesdays, Lúcia. And tonight I ask him what he was trying to say, and I wait. #speaker:Malcolm
    - tonight == "own":
        Tonight I ask him what he was trying to say, and I wait. That's the one thing. #speaker:Malcolm
    - lucia == "yes":
        Tuesdays, Lúcia. I'll ring her from the bus stop before I change my mind. #speaker:Malcolm
    - else:
        I don't know. That I'm not a monster, maybe. That's something. #speaker:Malcolm
    }
    He stands again. #cue
    I've said more in fifty minutes than I've said since March. Tony would be amazed. #speaker:Malcolm
* [You've done really well today, Malcolm. It took a lot to come in and say all of that. I'm sure everything will work out fine for you and Tony. #rubric:support.checking-in:-1 #rubric:trust.reviewing-the-plan:-1 #rubric:support.honest-feedback:-1 #feedback:The middle sentence is true and kind, but the last is a reassurance nobody can honestly give about a stroke and a future this uncertain, and it replaces his account of the hour with yours. Ask what he is taking home, and how the hour has been.]
    Fine. #speaker:Malcolm
    He doesn't look convinced. #cue
- -> ending

=== ending ===
{contact: -> private_line}
{hour == "his" and (tonight == "own" or lucia == "yes") and bond >= 2: -> one_thing_home}
{bond >= 1: -> heard_alone}
-> car_park

= one_thing_home
He goes out past reception at ten to three with the slip folded in his top pocket.
{not asked_risk:
    Writing your notes afterwards, you keep hearing one unfinished sentence. I'd be better off. You never asked what he meant, and it goes to supervision with you.
}
{lucia == "yes":
    At the bus stop he rings Lúcia. Tuesdays, he says, before she can say anything. She says about time.
}
{tonight == "own":
    That evening, doing Tony's buttons, he asks what Tony was trying to say yesterday, and waits. It takes nearly four minutes.
    It was the blue shirt, not the white one. They both laugh until Tony cries again, differently.
- else:
    That evening he does Tony's buttons in silence. At the top one he says sorry, and Tony puts his good hand over his.
}
{lucia == "yes":
    On Tuesday night, in the back bedroom with earplugs in, Malcolm sleeps for nine hours.
}
{comeback == "promised":
    The next Thursday you are not on the rota. He waits forty minutes and starts again, from the beginning, with someone he has never met.
}
{comeback == "clear":
    In January a self-referral reaches the talking therapies service. Under reason for referral it says, in careful capitals, CARER. ONE THING AT A TIME. #ending:One thing to take home
- else:
    It is not everything. It is one thing, and he has taken it home. #ending:One thing to take home
}
-> END

= heard_alone
He thanks you at the door, and means it.
The slip goes in his coat pocket{lucia == "leaflets": with the leaflets}.
{comeback == "clear":
    The carer's assessment number on the back of it stays unrung for a month.
}
{not asked_risk:
    Later, writing your notes, you keep hearing it. I'd be better off. You never asked what he meant, and now there is no next week to ask. You take it to supervision.
}
{comeback == "promised":
    The next Thursday you are not on the rota. He waits forty minutes, then goes home without seeing anyone.
}
He gets through the week. He gets through the next one too, mostly on his own. #ending:Heard, but carrying it alone
-> END

= car_park
He is gone before five to three, coat buttoned to the neck, before you have quite finished saying goodbye.
At reception he screws up the slip that says NOT SURE and drops it in the bin by the door.
{not asked_risk:
    Later, writing your notes, you keep hearing it. I'd be better off. You never asked what he meant, and there is no way now to ask him.
}
In the car park he sits in his car for a long time before he starts the engine, the way he sat in the garage yesterday. #ending:Back to the car park
-> END

= private_line
He leaves warmly, your number in his phone.
The first text comes that night. Thank you for today. The second comes on Saturday, the third at ten past two on Tuesday morning, from the bathroom floor where Tony has fallen again.
You are not his counsellor any more, and not his friend, and there is no service behind your phone. By the time you take it to supervision he has stopped ringing the GP, because he has you.
Ending it, when you have to, is one more loss for him. #ending:A private line
-> END
