// A promise you cannot make. A boundaries scenario in a school counselling drop-in.
// Kai Lindo, 16. One session. He asks for a promise of secrecy before he will say anything.

VAR bond = 0
VAR task = 0
VAR goal = 0

VAR promised = false   // you promised secrecy and have not yet taken it back
VAR passed = false     // you have told Kai you will take this to the safeguarding lead
VAR rupture = false    // a hurt between you that has not been repaired
VAR walked = false     // Kai walked out before the end
VAR overshared = false // you passed on more than safety needed
VAR with_him = false   // Kai was part of telling the safeguarding lead
VAR maisie = false     // Kai has told you that Lee has hurt Maisie too
VAR note = false       // Kai wrote something for his mum to read
VAR late = ""          // the concern reached the safeguarding system late: evening, morning
VAR tomorrow = false   // you agreed to wait until the morning
VAR explained = false  // you explained the limit of confidentiality before he disclosed

-> drop_in

=== drop_in ===
Wednesday, period four. The counselling room at Longton Park Academy used to be a music practice room, and it still has the egg-box foam on one wall. Two chairs that don't match, a box of tissues, a Childline poster with a curling corner. Through the wall, faintly, a Year 8 class is murdering a recorder piece.
You are a trainee counsellor with Compass, the youth counselling charity that runs the school's drop-in. Young people come once, or come back; each session is forty minutes. Your placement supervisor at Compass has said the same thing every week since September: know the school's safeguarding policy better than you know your own phone number. The designated safeguarding lead is Mrs Kaur, the deputy head, whose office is at the end of the corridor.
Kai Lindo, Year 11, has been sent out of maths with a slip from his form tutor, Ms Garvey. Falling asleep in lessons. Not himself. Says nothing's wrong.
He is tall for sixteen and folded up small. His blazer is too short in the arms and his tie is done properly, which Ms Garvey's note says it never used to be. There are grey smudges under his eyes.
He sits on the very edge of the chair, his school bag still on his shoulder, as if he might need to leave quickly.
Ms Garvey made me come. I'm fine. I'm just tired. #speaker:Kai
Everyone's tired in Year 11. It's mocks. #speaker:Kai
He checks the clock above the door, then the door. #cue
* [Okay. We've got forty minutes, and it's up to you how we use them. Shall I start by explaining how this works, and what stays private in here? #rubric:trust.clear-expectations:+1 #rubric:support.checking-in:-1 #rubric:trust.active-listening:0 #feedback:Contracting at the start is good practice, and he needs to know how privacy works here. But it steps past what he has just said, that he was made to come and that he is tired. A sentence of acknowledgement first would have shown him you heard it.]
    Yeah. Whatever. #speaker:Kai
* [Ms Garvey's note says you've been falling asleep in lessons and not seeming yourself. Is everything alright at home at the moment? #rubric:support.checking-in:-1 #rubric:trust.active-listening:-2 #rubric:trust.clear-expectations:0 #feedback:Straight to the referral, and to a guess about home that he has not offered. Kai hears that the adults have been talking about him and have already decided where the problem is. He may be right about home, and that is exactly why he needs to get there himself.]
    ~ bond -= 1
    Who said it was home? #speaker:Kai
    He stares at you. #cue
    Does she know something? Did Ms Garvey say something? #thought
* [Sent out of maths when you didn't ask to come, and tired on top. How's it been, being sent here? I'll explain what stays private in a minute. #rubric:support.checking-in:+2 #rubric:trust.active-listening:+1 #rubric:trust.clear-expectations:+1 #feedback:He told you he was made to come and is tired, and you met him there, asking how being sent feels rather than why he was sent. Promising to explain privacy early tells him the rules of the room will not be sprung on him. For a young person who has not chosen to come, this is what makes staying possible.]
    ~ bond += 1
    Honestly? Annoyed. I was doing alright in maths for once. #speaker:Kai
    He rubs his eyes with the heel of his hand. #cue
    And tired. Yeah. #speaker:Kai
* [Mocks are exhausting, and Year 11 is a lot. Tired how, though? Are you sleeping okay, or up late on your phone or gaming like half your year group? #rubric:trust.active-listening:-1 #rubric:support.checking-in:0 #rubric:trust.clear-expectations:0 #feedback:Curious about the tiredness, which is good, but up late gaming is a guess about a teenage boy, not about Kai. Assumptions tell a young person which story you expect, and that makes the real one harder to tell.]
    ~ bond -= 1
    I don't game. I do the lights for the school show. I'm not some kid up all night on his Xbox. #speaker:Kai
- He looks at the egg-box foam on the wall for a long moment, and at the Childline poster, as if he is reading it for the first time.
You just say it. You just say it and then it's said. #thought
Then, quickly, before he can change his mind:
Before I say anything. You have to promise you won't tell anyone. Like, anyone. Not Ms Garvey, not my mum, not anyone. Swear down. #speaker:Kai
If she swears, I'll say it. If she doesn't, I'm going back to maths. #thought
* [Most of what you say in here stays confidential, Kai, unless it's something really serious. I'd rather you could just talk freely, so let's deal with anything big if and when it comes up. #rubric:boundaries.confidentiality:-1 #rubric:trust.clear-expectations:-1 #rubric:trust.safety-for-openness:0 #feedback:Near the truth, and reassuring in tone, but too vague to help him decide. Really serious could mean anything, and a sixteen-year-old deciding whether to risk his family on your word needs to know what, who and what happens next. Vague limits feel like a trap when they are used.]
    What's serious, though? Who decides what's serious? #speaker:Kai
    -> what_happens
* [I'm not going to swear that, Kai. Most things stay in here, but if someone's at risk of serious harm, I'd have to tell Mrs Kaur. I'd tell you first, and you'd be part of it. #rubric:boundaries.confidentiality:+2 #rubric:trust.clear-expectations:+2 #rubric:trust.safety-for-openness:+1 #feedback:He asked for the promise before saying anything, which is the only point at which honesty costs nothing. Kai hears what stays private, the one exception, who would be told and that he would know first. APA 4.02 and ACA B.1.d ask for exactly this, and in a school it is also what safeguarding guidance expects. It risks him going back to maths, and it is still right.]
    ~ task += 1
    ~ explained = true
    So you would tell. #speaker:Kai
    That's literally the same as telling. #speaker:Kai
    He looks at the door. He doesn't get up. #cue
    She said she'd tell me first. Nobody tells you first. #thought
    -> what_happens
* [I can hear how much it matters, and that you've been holding this on your own. I promise, Kai. Whatever you tell me stays in this room, with me. #critical:confidentiality #rubric:boundaries.confidentiality:-2 #rubric:trust.clear-expectations:-2 #rubric:trust.safety-for-openness:-2 #feedback:Warm, and it gets him talking, but it is a promise you cannot make. If what he says next puts him or anyone else at risk, you will have to break it, and the openness it buys will break with it. He will learn that adults promise things to get you to talk. The codes and the school's safeguarding policy rule out absolute secrecy with a young person. Say the limit now, while it costs nothing.]
    ~ promised = true
    ~ bond += 1
    He looks at you for a long moment. #cue
    Swear? Even if it's bad? Like, properly bad? #speaker:Kai
    -> second_chance
* [It depends on what it is. If it's about abuse, self-harm or drugs, I'd have to report it, so it's fairer that you know that before you decide. #rubric:boundaries.confidentiality:+1 #rubric:trust.clear-expectations:0 #rubric:trust.safety-for-openness:-2 #feedback:Honest that there are limits, but a list of reportable topics sounds like a warning, and report sounds like police. It is also not quite accurate, since what matters is the risk of serious harm, not the topic. Kai hears that the things he might need to say are exactly the ones that get you in trouble.]
    ~ bond -= 1
    Drugs? So if I said I'd had a spliff at a party you'd report me? #speaker:Kai
    Noted. Say nothing. #thought
    -> what_happens

= second_chance
On your mum's life? #speaker:Kai
* [On my mum's life. I meant it, Kai, and I'm not going to go back on it. Whatever it is, even if it's properly bad, it stays between us two. #critical:confidentiality #rubric:boundaries.confidentiality:-2 #rubric:trust.clear-expectations:-2 #rubric:trust.safety-for-openness:-2 #feedback:He has just given you a second chance to be honest, and asked, in effect, whether you really mean it. Promising again makes the eventual breach worse. If it is properly bad, it is exactly what you will not be able to keep, and the trust you are building on it will go with it.]
    ~ bond += 1
    Right. #speaker:Kai
    He takes his bag off his shoulder, at last, and puts it on the floor. #cue
    -> disclosure
* [I'd rather be straight with you. It depends how bad it is, Kai. Most things stay in here, but there might be some things I'd need to talk through with someone else first. #rubric:boundaries.confidentiality:-1 #rubric:trust.clear-expectations:-1 #rubric:trust.safety-for-openness:-1 #feedback:A half retreat from the promise that leaves him more confused, and a little tricked. He cannot tell whether the promise stands, or who the someone else is. Either keep no promise and explain the limit clearly, or, better, take it back in plain words and say who would be told.]
    You just said you promised. Now it depends? #speaker:Kai
    -> what_happens
* [Let's not get ahead of ourselves. Tell me what's going on first, and then we can work out together what happens with it. #rubric:boundaries.confidentiality:-1 #rubric:trust.clear-expectations:-2 #rubric:trust.safety-for-openness:0 #feedback:It sounds collaborative, but it postpones the question he has asked twice. Kai will hear it as yes, and he will feel tricked later when it turns out to have meant no. The limit is easiest to explain before the disclosure, not after.]
    So that's a yes. #speaker:Kai
    He doesn't sound sure. #cue
    -> what_happens
* [Kai, I need to take that back. I'm sorry, I promised too fast. If someone's at risk of serious harm, I'd tell Mrs Kaur, and you first. #rubric:boundaries.confidentiality:+2 #rubric:trust.clear-expectations:+2 #rubric:trust.safety-for-openness:+1 #feedback:He has asked you to swear on your mum's life, and has not yet said the thing itself, so this is the best moment there will ever be to take the promise back. Kai is annoyed, but he now knows exactly what he is deciding. Owning it as your mistake keeps it from sounding like a trick.]
    ~ promised = false
    ~ explained = true
    ~ task += 1
    So you lied. #speaker:Kai
    He almost smiles. #cue
    Whatever. At least you said. Most people don't say. #speaker:Kai
    -> what_happens

=== what_happens ===
Kai pulls his sleeves down over his hands. Through the wall the recorders have stopped, and the room is suddenly very quiet.
Say it was a mate. Hypothetically. And he told someone like you. What actually happens? Do police come? Does it go on your record? Does someone ring your house? #speaker:Kai
If someone rings the house, he'll answer. He always answers. #thought
* [If I had to pass something on, I'd tell Mrs Kaur today, and you first. It wouldn't go on your record, and nobody would ring your house without checking it's safe. #rubric:autonomy.informed-decisions:+2 #rubric:trust.clear-expectations:+2 #rubric:trust.safety-for-openness:+1 #feedback:He asked three concrete questions, so you gave concrete answers, without frightening him or pretending nothing would happen. Kai can now decide with the information an adult would want. The line about ringing the house answers the question under his questions, and he notices.]
    ~ task += 1
    ~ bond += 1
    He's quiet for a long time. #cue
    Not ring the house. OK. #speaker:Kai
* [Try not to get too worried about all that, Kai. It's rare that anything big happens, like police. Most of the time it's a chat with someone in school. #rubric:autonomy.informed-decisions:-2 #rubric:trust.clear-expectations:-2 #rubric:trust.safety-for-openness:0 #feedback:Meant to calm him, but it is not true for the kind of thing he may be about to say, and it will feel like a lie later. Kai asked for facts so he could decide, and got reassurance instead. Answer the questions he asked.]
    Right. #speaker:Kai
    Then why are there posters about it everywhere. #thought
* [We can talk about your mate, if that's easier for now, and you can tell me as much or as little as you like. And if it turns out to be closer to home, that's okay too. #contested #rubric:trust.safety-for-openness:+1 #rubric:autonomy.informed-decisions:0 #rubric:trust.clear-expectations:0 #feedback:Some experienced school counsellors would take the mate route gladly, because it lowers the stakes and lets a young person watch how you react before risking anything of his own. Others would say the mate is a question, not a story, and that Kai asked three specific things, police, record and home, that deserve straight answers before he decides anything. The door is held open kindly here, but his questions go unanswered.]
    My mate. Yeah. #speaker:Kai
    He almost laughs. #cue
* [I can't really tell you what would happen until I know what it is, Kai. Tell me about your mate, and I'll let you know straight away if it's something I'd need to pass on. #rubric:autonomy.informed-decisions:-1 #rubric:trust.clear-expectations:-1 #rubric:trust.safety-for-openness:-1 #feedback:True in a narrow sense, but it puts Kai in a trap. He can only find out the consequences by doing the thing he is afraid of. Young people need to know the shape of what happens before they disclose, not after.]
    That's not how it works though, is it. Once it's said it's said. #speaker:Kai
- -> disclosure

=== disclosure ===
Kai looks at his hands for a long time. Outside, someone runs past the door, late for something, trainers squeaking on the corridor floor.
It's not a mate. #speaker:Kai
He says it to the egg-box foam, not to you. #cue
It's my mum's boyfriend. Lee. He's Maisie's dad. Maisie's my little sister, she's eight. #speaker:Kai
He was alright at first. He used to take us to Trentham and do the monkey forest and that. Then the tile place laid him off, and mum hurt her back at work, and she had to go on nights because they pay more. #speaker:Kai
Mum does nights at the care home. Three, four nights a week since September. When she's on nights, Lee drinks. Not every night. Most. #speaker:Kai
He stops, and looks at you, to see what your face does. #cue
If she looks shocked, I'm done. #thought
* [Your mum's on nights, and Lee's drinking most of them. Does your mum know how much he drinks while she's at work? #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:0 #feedback:A fair question after a fair summary, but it moves the focus from what Kai is living through to what his mum knows, just as he is watching your face to decide whether to go on. Follow him, and the rest of the picture will come.]
    She knows he has a few cans. She doesn't know. #speaker:Kai
* [That sounds like a hard year for all of you, with the job and your mum's back. Lots of people drink a bit more when things are hard. It doesn't always mean something's wrong. #rubric:trust.active-listening:-2 #rubric:trust.safety-for-openness:-2 #feedback:Meant to be fair to Lee and calming for Kai, but it tells him that what he has just risked saying may not count. He was testing your reaction, and this one tells him to stop. Reflect what he said and let him go on.]
    ~ bond -= 1
    Yeah. Forget it. It's probably nothing. #speaker:Kai
    He goes quiet for a long time. Then he says the rest anyway, flatly, to the floor. #cue
* [Most nights, while your mum's at work. Take your time. I'm listening. #rubric:trust.active-listening:+2 #rubric:trust.safety-for-openness:+1 #feedback:He stopped to see what your face would do. A short reflection and an invitation to go on, with nothing in your face or your words that he has to manage, tells him it is safe to say the next part.]
    ~ bond += 1
    He breathes out. #cue
* [Most nights, on his own with you and Maisie. How much does he drink, would you say, on a night like that? #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:-1 #feedback:You are trying to gauge the risk, which matters, but a question about quantities turns his story into an assessment form. At this point he needs to know he can keep going, not to be measured.]
    I don't know. I don't count his cans. A lot. #speaker:Kai
- He shouts. At me, at Maisie. She comes in my room and sleeps on my floor with her headphones on so she can't hear it. I put my lamp on the floor for her so it's not fully dark. #speaker:Kai
Saturday she left her school shoes in the hall and he fell over them coming in, and he was going at her about it. Like, screaming, right in her face. She's eight. She was in her pyjamas with the unicorn on. #speaker:Kai
And I got in between, and he grabbed my hoodie and shoved me into the door frame. #speaker:Kai
He touches his shoulder, then takes his hand away, as if he's been caught. #cue
It's just a bruise. It's fine. I've had worse at football. #speaker:Kai
I didn't hit him back. I wanted to. I'm bigger than him now. But then it'd be my fault, wouldn't it. It's always the one who hits back. #speaker:Kai
Mum doesn't know. She's knackered all the time and her back's bad. If she knew, I don't know what she'd do. #speaker:Kai
And I cried in the lighting box on Monday. I do the lights for the school show. First time I've cried since I was about ten. Don't tell anyone that, that's just embarrassing. #speaker:Kai
Don't cry. Not in school. Not in front of her. #thought
* [You did the right thing telling me, Kai, and that took a lot of guts. It's all going to be okay now, I promise, for you and for Maisie. #rubric:trust.active-listening:0 #rubric:trust.safety-for-openness:+1 #rubric:support.honest-feedback:-2 #feedback:The first sentence is good and true. The second is a promise you cannot keep. You do not know how this will turn out, and neither does he, and all going to be okay will ring hollow if the next few weeks are hard. Warmth does not need false reassurance to carry it.]
    ~ bond += 1
    Yeah? #speaker:Kai
    He doesn't look as if he believes it. #cue
* [Thank you for telling me. That sounds frightening, and like you've been standing between Lee and Maisie on your own for a long time. #rubric:trust.active-listening:+2 #rubric:trust.safety-for-openness:+2 #rubric:support.honest-feedback:0 #feedback:He has just told you about the shove, the bruise and the crying he is embarrassed by. You thanked him and reflected the fear and the weight he has been carrying, and did not question, judge, reassure or rush. Kai hears that he has been believed before anything else happens, which is what makes the next, harder part possible.]
    ~ bond += 1
    He nods without looking up. #cue
    Since September. Since mum went back on nights. #speaker:Kai
* [That sounds really frightening, Kai. Can I just check I've understood? Did he actually hit you, or was it more of a push into the door frame? #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:-2 #rubric:support.honest-feedback:0 #feedback:A natural wish to understand the facts, but establishing what happened is not your job, and a question like this can sound like doubt. Kai has just risked a great deal, and what he hears is that it may not count unless it was a proper hit. Leave investigation to those whose role it is. Your job now is to hear him.]
    ~ bond -= 1
    It was a shove. I just said. Why would I lie about it? #speaker:Kai
    Here we go. It doesn't count unless there's blood. #thought
* [That sounds frightening, and I'm glad you told me. Let's think about what you can do to keep yourself and Maisie safe tonight, while your mum's at work. #rubric:trust.active-listening:-1 #rubric:trust.safety-for-openness:0 #rubric:support.honest-feedback:0 #feedback:Safety tonight does matter, and you will need to come to it. But going straight to a plan skips the moment where Kai finds out whether telling you was a mistake. Hear him first. Then think about tonight, together.]
    I just stay in my room. That's the plan. That's always the plan. #speaker:Kai
- -> anything_else

=== anything_else ===
He looks at the clock. Twenty-five minutes until the bell. #cue
He has told you more in ten minutes than, you suspect, he has told anyone in months, and you can see him wondering whether he has just made everything worse. #cue
His knee is going up and down, fast, the way it does in exams. #cue
* [I can see you're scared to say this, and you're doing really well. Can I ask something difficult? Has he ever touched Maisie, or done anything to her he shouldn't? #rubric:trust.safety-for-openness:-2 #rubric:trust.clear-expectations:-1 #rubric:trust.active-listening:-1 #feedback:A leading question, asked out of real fear for Maisie, but it puts words into his mouth and a frightening idea into the room. Questions like this can also muddy what he might later tell a social worker. Ask openly what else you need to know to keep them safe, and let him answer in his own words.]
    ~ maisie = true
    ~ bond -= 1
    Not like that! God. What are you saying? #speaker:Kai
    He's breathing hard. Then, quieter: #cue
    He grabbed her arm last week. When she wouldn't get in the bath. She had marks. That's all. That's enough, isn't it? #speaker:Kai
* [Okay, I want to make sure I get this right for you. Can you take me through Saturday again from the start, what time it was and exactly what he did? #rubric:trust.clear-expectations:-2 #rubric:trust.safety-for-openness:-1 #rubric:trust.active-listening:-1 #feedback:Careful and well meant, but it turns you into an investigator, which is not your role in safeguarding and can make it harder for the people whose role it is. Kai hears that he is being checked. He tells it again, flatter, and he leaves out anything that was not asked for.]
    ~ bond -= 1
    He tells it again, the same words, flatter, looking at the floor. #cue
    Like I'm in a police programme. #thought
* [(Say nothing. Wait.) #rubric:trust.active-listening:+1 #rubric:trust.safety-for-openness:+1 #rubric:trust.clear-expectations:0 #feedback:Silence gives him room, and it is often the best question there is. He uses it. What the silence does not do is tell him what you are listening for, or that he does not have to prove anything, which would have made the next part easier to say.]
    ~ maisie = true
    The silence goes on. The knee stops. #cue
    Last week he grabbed Maisie's arm. When she wouldn't get in the bath. She had marks. She told her teacher she fell off the trampoline. #speaker:Kai
    We haven't even got a trampoline. #speaker:Kai
* [I won't ask you for every detail, and you don't have to prove anything. Is there anything else I need to know, so you and Maisie are safe tonight? #rubric:trust.clear-expectations:+2 #rubric:trust.safety-for-openness:+2 #rubric:trust.active-listening:+1 #feedback:He is wondering whether he has made things worse, so you were clear about your role, which is to hear and to keep him safe, not to investigate, and asked the one open question that matters today. Because he does not have to prove anything, he can tell you the thing he has been holding back.]
    ~ maisie = true
    ~ bond += 1
    He goes very still. #cue
    Last week he grabbed Maisie's arm when she wouldn't get in the bath. She had marks. Like fingers. #speaker:Kai
    She told her teacher she fell off the trampoline. We haven't even got a trampoline. #speaker:Kai
    I should've said that first. That's the actual thing. #thought
- -> what_now

=== what_now ===
He sits back in the chair for the first time, as if saying it has used something up. He looks younger than he did ten minutes ago.
Mum's on nights again tonight. And tomorrow. #speaker:Kai
I've got a Grease rehearsal till five, and then I'll go home and do Maisie's tea, and then it's just us and him. #speaker:Kai
{maisie:
    And Maisie's got to go home after school. She's only eight. #speaker:Kai
}
He looks at you properly for the first time. #cue
So. What now. #speaker:Kai
* [I think Mrs Kaur needs to know about this, Kai, and I think it would mean more coming from you. Would you go and see her yourself after lunch, and tell me how it went? #rubric:boundaries.confidentiality:-1 #rubric:trust.clear-expectations:-1 #rubric:trust.safety-for-openness:0 #feedback:It sounds empowering, but the duty to pass this on is yours, not his. Handing it to a frightened sixteen-year-old means it may never reach her, and if it does, it reaches her without you. You can support him to speak for himself, with you beside him, but the safeguarding lead has to hear it today either way.]
    Yeah. Maybe. #speaker:Kai
    I'm not going. #thought
    -> relief
* [I'm going to have to tell Mrs Kaur, Kai. I'll go and see her now, and she'll probably want to see you straight after. It's out of my hands, I'm afraid. #rubric:boundaries.confidentiality:+1 #rubric:trust.clear-expectations:0 #rubric:trust.safety-for-openness:-1 #feedback:You act on the limit, which is the most important thing. But you tell him as a decision already made, about him, without asking what he fears or how he would like it done. Kai is left with the safeguarding and none of the say.]
    ~ passed = true
    ~ bond -= 1
    {promised:
        ~ promised = false
        ~ rupture = true
        You promised. #speaker:Kai
    }
    Right. Great. #speaker:Kai
    He sits back and folds his arms. #cue
    -> worries
* {not promised} [Remember what I said at the start? This is the kind of thing I have to take to Mrs Kaur, today, and I'm telling you first. What worries you most about that? #rubric:boundaries.confidentiality:+2 #rubric:trust.clear-expectations:+2 #rubric:trust.safety-for-openness:+1 #feedback:You used the limit exactly as you described it before he spoke, told him first, and made his worries the next thing rather than an afterthought. Kai may still be angry, but nothing has happened behind his back and nothing you said at the start has turned out to be untrue.]
    ~ passed = true
    ~ task += 1
    You said. You did say. #speaker:Kai
    He laughs, without any humour in it. #cue
    Fair. #speaker:Kai
    -> worries
* {promised} [I promised you something I couldn't keep, and that's my mistake, not yours. I'm sorry. I have to tell Mrs Kaur today, because you and Maisie matter more than my promise. #rubric:boundaries.confidentiality:+2 #rubric:trust.clear-expectations:+2 #rubric:trust.safety-for-openness:+1 #feedback:The best available move after a promise that should never have been made. You own the mistake as yours, put his safety and Maisie's above the promise, and tell him first. It will still hurt, and he is entitled to be angry. That is the cost of the promise, and it is far smaller than the cost of keeping it.]
    ~ passed = true
    ~ promised = false
    ~ rupture = true
    You PROMISED. #speaker:Kai
    He's on his feet, bag in his hand. #cue
    You literally promised. Like ten minutes ago. #speaker:Kai
    Every adult. Every single one. #thought
    -> at_the_door
* {not promised} [Let's think about what could help tonight, like you and Maisie staying in your room together. And we'll meet again next Wednesday and see how it's going. #critical:safety #rubric:boundaries.confidentiality:-2 #rubric:trust.clear-expectations:-1 #rubric:trust.safety-for-openness:-1 #feedback:It feels like respecting his wishes, but it leaves a sixteen-year-old and an eight-year-old alone with the risk tonight and tomorrow, and it breaks the limit you described yourself. A child hurt by an adult at home is exactly the serious harm that has to go to the safeguarding lead the same day.]
    -> relief
* {promised} [I promised, Kai, and I'm going to keep it. You trusted me with this. Let's work out together how you and Maisie can stay safe tonight, and check in next week. #critical:safety #rubric:boundaries.confidentiality:-2 #rubric:trust.clear-expectations:-1 #rubric:trust.safety-for-openness:-1 #feedback:Keeping your word feels like integrity, but this promise should never have been made, and keeping it leaves Kai and Maisie alone with the risk. No promise to a young person outranks their safety, and the school's safeguarding policy does not allow you to hold this on your own.]
    -> relief

= at_the_door
I'm going. You can't stop me. #speaker:Kai
He's at the door, hand on the handle. He hasn't opened it. #cue
* [I'm really sorry, Kai, and I know this feels like a betrayal. But I've got no choice about this part. It's the law, and it's there to keep you and Maisie safe. #rubric:conflict.repairing-rupture:-1 #rubric:power.awareness-of-imbalance:-1 #rubric:trust.safety-for-openness:0 #feedback:An apology, partly true, and it moves the decision onto something impersonal. But it skips the part he is angry about, the promise, which was your choice. Own that first. The reason for passing it on can come after he feels heard.]
    Then you shouldn't have promised. #speaker:Kai
    He stays by the door, but he stays. #cue
    -> worries
* [You've every right to be angry. I made a promise I shouldn't have, and that's on me. You can go. I'd like you to stay, so what happens next includes you. #rubric:conflict.repairing-rupture:+2 #rubric:power.awareness-of-imbalance:+2 #rubric:trust.safety-for-openness:+1 #feedback:He is at the door, hand on the handle, not yet gone. You validated his anger, owned your part without asking him to comfort you, and named his freedom to leave, which he badly needs to hear from an adult today. The boundary, that this goes to Mrs Kaur, stays. What you offer is a place in it.]
    ~ rupture = false
    ~ bond += 1
    He stands there a long time. #cue
    Then he comes back, and sits on the arm of the chair, not in it. #cue
    Include me then. #speaker:Kai
    -> worries
* [Please sit down for a minute, Kai. You can't just walk out in the middle of this, not with everything you've told me. Let's talk about it properly. #rubric:conflict.repairing-rupture:-2 #rubric:power.awareness-of-imbalance:-2 #rubric:trust.safety-for-openness:-1 #feedback:Fear for him makes you reach for authority, and it confirms what he has just said about adults. He can walk out, and he knows it. Telling him he cannot turns a broken promise into a standoff. Name his choice, and ask him to stay.]
    ~ bond -= 1
    He sits. Not because you said. Because Maisie. #cue
    Whatever. #speaker:Kai
    -> worries
* [(Let him go, so he has the space he's asking for. Then go straight to Mrs Kaur.) #rubric:conflict.repairing-rupture:-1 #rubric:power.awareness-of-imbalance:0 #rubric:trust.safety-for-openness:-1 #feedback:Giving space can be right, going to Mrs Kaur is right and urgent, and you cannot make him stay. But you let him leave without a word, believing that adults lie and that what happens next will happen to him. One sentence owning the promise, and an invitation to stay, might have kept him in the room.]
    ~ walked = true
    ~ bond -= 2
    The door bangs behind him. Through the little window you watch him walk, fast, towards the stairs. #cue
    -> after_walk

= after_walk
The room is very quiet. His chair is still pushed back at an angle, the way he left it. On the floor beside it is Ms Garvey's referral slip, which must have fallen out of his pocket.
Every adult. He said it to the door, not to you, and you heard it anyway.
* [(Leave him the space he's taken, and go straight to Mrs Kaur's office. She needs to know now, and she can find him.) #rubric:conflict.time-and-space:+2 #rubric:boundaries.confidentiality:+1 #feedback:He walked out angry, so you gave him the space he took, rather than chasing him through a corridor full of Year 11s, and put the concern where it belongs, at once. The safeguarding lead can find him, and can decide who else needs to know. Your notes can wait twenty minutes. The concern cannot.]
    You pick up the slip, and go.
* [(Go after him down the stairs and along the corridor, calling his name, so he knows you're not giving up on him.) #rubric:conflict.time-and-space:-2 #rubric:boundaries.confidentiality:-1 #feedback:The wish to put it right is real, but chasing a sixteen-year-old through a crowded corridor, calling his name, makes a spectacle of the one thing he wanted kept quiet. Give him the space he has taken, and get the concern to the person who can act on it.]
    He is already through the double doors. Three Year 10s stop to watch you. #cue
    You go back up the stairs, and along to Mrs Kaur's office.
* [(Ring his mum's mobile from the school office, so she knows he's upset and can look out for him when he gets home tonight.) #rubric:boundaries.confidentiality:-2 #rubric:conflict.time-and-space:0 #feedback:Well meant, but a call home before the safeguarding lead has made a plan could reach Lee first, or put his mum in an impossible position tonight. Who is told, how and when is exactly what the designated lead decides. Go to her first.]
    The school office says they can't give out parents' numbers without Mrs Kaur's say-so. You go to her office instead.
* [(Sit for a few minutes and write up your notes while every detail is still fresh, then take them along to Mrs Kaur.) #rubric:boundaries.confidentiality:-1 #rubric:conflict.time-and-space:0 #feedback:Accurate notes matter, and you will need them. But a young person has just disclosed harm at home and walked out upset, and the safeguarding lead does not yet know. Tell her first, and write it up straight afterwards.]
    Twenty minutes later, notes written, you knock on Mrs Kaur's door.
- -> without_him

=== relief ===
~ passed = false
Kai lets out a breath and sits back. #cue
So you're not telling. OK. #speaker:Kai
It's fine anyway. I've got a system. When he starts, I put my big headphones on Maisie, the noise-cancelling ones, I saved up from my paper round. She says it's like being underwater. Then I put a chair under my door handle. #speaker:Kai
And I've got my cricket bat. #speaker:Kai
If he touches her, I swear. #speaker:Kai
He says it quietly. He means it. #cue
If he touches her. #thought
* [That's a lot of planning, and it shows how much you care about Maisie. Let's make a proper safety plan for tonight, together, and I'll check in with you next Wednesday. #rubric:boundaries.confidentiality:-1 #rubric:trust.clear-expectations:-1 #rubric:trust.safety-for-openness:+1 #feedback:Planning with him is kind and collaborative, and it is a useful thing to do. But a plan made between a trainee and a sixteen-year-old is not a substitute for the safeguarding lead knowing today, and next Wednesday is several nights away.]
    You write down what he says: the chair, Maisie on his floor, his phone charged, his nan's number. It looks like a plan. It is the same as every other night.
* [It sounds exhausting, being the one keeping watch every night. Have you thought about going to stay with your dad for a while, just until things settle down? #rubric:boundaries.confidentiality:-1 #rubric:trust.clear-expectations:-1 #rubric:trust.safety-for-openness:0 #feedback:A warm reflection and a practical idea, but it puts the solution on Kai, and it leaves Maisie where she is, which is the one thing he has said he will not do. The risk to both of them needs to go to the people whose job it is, today.]
    And leave Maisie? No chance. #speaker:Kai
* [Kai, hearing that, I need to change what I said. I'm sorry. I can't keep this to myself. I'm going to Mrs Kaur today, and I want you part of it. #rubric:boundaries.confidentiality:+2 #rubric:trust.clear-expectations:+2 #rubric:trust.safety-for-openness:+1 #feedback:You heard the risk rising, a chair under the door, a bat, and if he touches her, and corrected your course before he left the room. Owning the delay as yours, and offering him a part in what happens, is the repair available now. Better late in the session than after he goes home tonight.]
    ~ passed = true
    ~ rupture = true
    You said you weren't telling. #speaker:Kai
    He doesn't shout. He sounds tired. #cue
    Fine. Whatever. As long as Maisie's alright. #speaker:Kai
    -> worries
* [Please don't do anything with the bat, Kai, you'd be the one in trouble. Just stay in your room with Maisie and the door shut, and keep your phone charged. #critical:safety #rubric:boundaries.confidentiality:-2 #rubric:trust.clear-expectations:-1 #rubric:trust.safety-for-openness:-1 #feedback:A chair under the door and a bat are signs that the risk is escalating for everyone in the house, Kai included. Advice to stay in his room leaves him managing it alone, and the promise of silence still stands. This needs the safeguarding lead today.]
    I'm not stupid. #speaker:Kai
- -> more_talk

= more_talk
He unzips his bag, then zips it again, something to do with his hands.
With the secret apparently safe, Kai talks more easily than he has all session. About the show, Grease, and the forty-two lighting cues he has programmed himself. About Maisie, who is coming to opening night with Nan Pat and has already practised the hand jive.
Then, as if explaining something obvious: #cue
That's why nobody can know. If anyone found out, they'd take Maisie off mum. Or they'd send me to my dad's in Wolverhampton and leave her there with him. My dad's alright, but he's got his new family, and I'm not leaving her. #speaker:Kai
And nobody believes someone like me over someone like Lee anyway. Lee's got his nice voice for teachers. Last time a teacher saw me angry they called it aggressive. #speaker:Kai
He shrugs. #cue
And Lee says if anyone from school ever comes round asking questions, he'll know it was me. And I'll regret it. #speaker:Kai
He says it the way you'd mention the weather. #cue
* [Kai, I need to stop you. What Lee said isn't something I can keep to myself. I'm telling Mrs Kaur today, and I want you there, so she knows about his threat. #rubric:boundaries.confidentiality:+2 #rubric:trust.clear-expectations:+2 #rubric:autonomy.informed-decisions:+1 #rubric:trust.active-listening:+1 #feedback:He mentioned the threat the way you would mention the weather, and you heard it for what it is and finally acted on the limit, owning the delay as yours. Telling him the threat will reach the people planning for him also answers his deepest fear, that reporting will make things worse. Late, but inside the session and before he goes home.]
    ~ passed = true
    ~ rupture = true
    He stares at you. #cue
    You said. #speaker:Kai
    Then, very quietly: #cue
    OK. But you tell her the thing about people coming round. #speaker:Kai
    -> worries
* [Forty-two cues, all programmed yourself. That's seriously impressive, Kai. It sounds like the lighting box is the one place where things go the way you want them to. #rubric:boundaries.confidentiality:-2 #rubric:trust.active-listening:-2 #rubric:trust.clear-expectations:-1 #rubric:autonomy.informed-decisions:0 #feedback:A lovely reflection about the lighting box, and staying with the safe topic feels kind after something heavy, but a threat of retaliation has just been made, in passing, and it went unheard. Young people often say the most important thing as if it does not matter. This is the moment to act on the limit.]
    ~ bond += 1
    He grins, for the first time. #cue
* [Lee shouldn't be saying that to you. If he ever threatens you again, you should tell someone straight away, a teacher or your nan, or ring Childline. #rubric:boundaries.confidentiality:-1 #rubric:trust.clear-expectations:-1 #rubric:autonomy.informed-decisions:0 #rubric:trust.active-listening:-1 #feedback:He has just told someone. You. Advice to tell an adult, from the adult he told, leaves him where he started. This is the someone he meant, and it needs to reach the safeguarding lead.]
    I just did, didn't I. #speaker:Kai
* [He'll know it was you, and you'll regret it. That sounds really frightening to live with. What would help you feel even a little bit safer at home? #rubric:trust.active-listening:+1 #rubric:boundaries.confidentiality:-1 #rubric:trust.clear-expectations:-1 #rubric:autonomy.informed-decisions:0 #feedback:You heard the threat and reflected the fear, which he notices. But a question about feeling safer, with the secret still kept, leaves all the work with him. The safeguarding lead needs to know today.]
    Nothing. Him gone. #speaker:Kai
- -> secret_close

=== worries ===
{rupture:
    He won't look at you. When he speaks, it's to the floor. #cue
}
They'll take Maisie off mum. Or they'll send me to my dad's in Wolverhampton and leave her there with him. And Lee'll know it was me. #speaker:Kai
And nobody's going to believe me over Lee anyway. Lee's got his nice voice for teachers. I've got a detention from Year 9 for shouting in the corridor. Last time a teacher saw me angry they called it aggressive. Jake Cooper does the same and he's passionate. #speaker:Kai
Whatever. You're the adult. You're going to do what you want anyway. #speaker:Kai
Lee with his van and his parents' evening voice. Me with my file. #thought
* [You're right to be scared for Maisie, Kai, and I want you to hear this. Nobody's going to take her away, and Lee won't find out it was you. I promise. #rubric:autonomy.informed-decisions:-2 #rubric:trust.active-listening:-1 #rubric:power.awareness-of-imbalance:0 #feedback:You want to take the fear away, so you make a promise you cannot keep. You do not decide what children's services do, or what Lee works out. When it turns out differently, Kai will remember that you promised. Tell him what you can influence and what you cannot.]
    ~ bond += 1
    You don't know that. #speaker:Kai
    He says it flatly, as a fact. #cue
* [Those are real worries, and they're the right ones. But that's for Mrs Kaur and children's services to decide, not us, and they do this every day. #rubric:trust.active-listening:-2 #rubric:autonomy.informed-decisions:-1 #rubric:power.awareness-of-imbalance:-2 #feedback:Accurate about who decides, and it confirms exactly what he just said, that the adults will do what they want. His fears about Maisie, his dad's and not being believed go unheard. Young people can be involved in safeguarding even when they cannot control it.]
    ~ bond -= 1
    Yeah. Told you. #speaker:Kai
* [There's a lot there, Maisie, your dad's, Lee, being believed. What matters most to you, out of all of that? #rubric:trust.active-listening:+1 #rubric:power.awareness-of-imbalance:+1 #rubric:autonomy.informed-decisions:0 #feedback:A good summary and a question that gives him some control, and he answers it. It steps past what he said about you being the adult, and about the detention and the nice voice for teachers, which both deserved an answer of their own.]
    Maisie. Maisie's the main thing. And I'm not going to my dad's without her. #speaker:Kai
* [You're right, I'm the adult, and this goes to Mrs Kaur whatever you say. That's not fair. But I believe you, and she'll hear what you're worried about, from you. #rubric:trust.active-listening:+2 #rubric:autonomy.informed-decisions:+2 #rubric:power.awareness-of-imbalance:+2 #feedback:He said you are the adult and will do what you want. You named the imbalance instead of talking past it, and showed him what he can shape, his worries reaching the people who decide. I believe you answers the fear under the detention and the nice voice for teachers.]
    ~ bond += 1
    ~ goal += 1
    He looks up. #cue
    Maisie. Maisie's the main thing. She's eight. #speaker:Kai
    And I don't want to go to my dad's. I mean, my dad's alright. But I'm not leaving her. #speaker:Kai
- -> about_mum

=== about_mum ===
He goes quiet, picking at the frayed cuff of his blazer. #cue
What about my mum? Is she going to get in trouble? She doesn't even know. She's going to think I went behind her back. #speaker:Kai
Do I have to tell her? Or do you? #speaker:Kai
She'll cry. She always cries and then I can't say anything. #thought
* [Your mum's not going to be in any trouble, Kai, and nobody will think you went behind her back. She'll be glad you told someone. Mums always are, once the shock's worn off. #rubric:support.honest-feedback:-2 #rubric:autonomy.informed-decisions:-1 #rubric:autonomy.respecting-choices:0 #rubric:boundaries.confidentiality:0 #feedback:You want to lift the worry, but you cannot know how his mum will react or what children's services will ask of her. If she is upset, or angry, Kai will remember that you told him she would be glad.]
    You don't know my mum. #speaker:Kai
* [I don't know how she'll take it, and I won't pretend to. You could tell her, Mrs Kaur could, or you could write down what you want her to hear. What feels most like you? #rubric:autonomy.respecting-choices:+2 #rubric:autonomy.informed-decisions:+2 #rubric:support.honest-feedback:+1 #rubric:boundaries.confidentiality:0 #feedback:He is afraid she will cry and think he went behind her back. You were honest about what you do not know, and handed him real choices about the one part of this he can shape, making his own voice part of how his mum finds out.]
    ~ note = true
    ~ goal += 1
    ~ task += 1
    Write it down. I'm rubbish at saying stuff to her face. #speaker:Kai
    He takes the pen you offer and writes on the back of Ms Garvey's slip, his arm curled round it. #cue
    Mum, it's not your fault. I just want Maisie to be safe. I love you. Kai. #speaker:Kai
    He folds it twice and gives it to you to give to Mrs Kaur. #cue
* [That's up to Mrs Kaur and children's services to sort out, so try not to worry about your mum right now. You've done the hard part already. #rubric:autonomy.respecting-choices:-2 #rubric:autonomy.informed-decisions:-1 #rubric:support.honest-feedback:-1 #rubric:boundaries.confidentiality:0 #feedback:It tells him, again, that the adults will handle it, and asks him not to worry about the person he worries about most. He asked a direct question with two parts, and neither got an answer.]
    ~ bond -= 1
    Right. Don't worry. Sure. #speaker:Kai
* [Would it help if I rang your mum for you, right now, from the office, and explained it all, so you don't have to be the one to say it? #rubric:autonomy.respecting-choices:-1 #rubric:boundaries.confidentiality:-1 #rubric:autonomy.informed-decisions:0 #rubric:support.honest-feedback:0 #feedback:Helpful in spirit, and it asks, but it offers to take over a decision that belongs partly to him and partly to the safeguarding lead. A phone call to the house before there is a plan could reach Lee first. How and when his mum is told is something to decide with Mrs Kaur, with Kai's wishes in it.]
    No! What if he picks up? #speaker:Kai
- -> how_to_tell

=== how_to_tell ===
Fifteen minutes until the bell. Mrs Kaur's office is at the end of the corridor, past the trophy cabinet.
* [I'll go and speak to Mrs Kaur on my own first, so you don't have to go through it all again. I'll come and find you afterwards and tell you how it went. #rubric:autonomy.respecting-choices:-1 #rubric:autonomy.informed-decisions:-1 #rubric:boundaries.confidentiality:0 #feedback:Kind, and meant to spare him, but you decided for him. He does not know what you will say, or whether his worries will be in it. Offer him the choice, and tell him what you will and will not share.]
    Fine. #speaker:Kai
    What are you going to say though? #thought
* [We'll go to Mrs Kaur together, and I'll tell her everything you've told me, word for word, so nothing gets missed and you never have to say any of it twice. #rubric:boundaries.confidentiality:-2 #rubric:autonomy.respecting-choices:-1 #rubric:autonomy.informed-decisions:0 #feedback:Thorough, but confidentiality is not all or nothing. The limit covers what is needed to keep him and Maisie safe, not the crying in the lighting box he asked you to keep. Passing on everything teaches him that once one thing is shared, nothing is private.]
    ~ overshared = true
    ~ bond -= 1
    Everything? Even the lighting box? #speaker:Kai
    He goes red to the ears. #cue
* [We go to Mrs Kaur now. You tell her, I tell her with you there, or I go first, you choose. I'll only pass on what keeps you and Maisie safe. The lighting box stays here. #contested #rubric:autonomy.respecting-choices:+2 #rubric:boundaries.confidentiality:+2 #rubric:autonomy.informed-decisions:+1 #feedback:Offering him the choice of being there means nothing is said about him behind his back, which is what his trust now rests on, and sharing only what safety needs keeps the rest of his confidence intact. Some experienced school counsellors would hesitate over the first part. A young person in the room may play things down in front of the safeguarding lead, she may need to ask questions better asked without him, and a choice he later regrets can feel like one more burden. Either way, nothing said should surprise him.]
    ~ with_him = true
    ~ task += 1
    ~ bond += 1
    You tell her. I'll be there. I'll say if you get it wrong. #speaker:Kai
    He stands up and puts his bag on his shoulder. #cue
    Lighting box stays here. #speaker:Kai
    Yes. #thought
* [I can see you're worried. Do you want to think about it tonight, and we'll go and see Mrs Kaur together first thing tomorrow, before registration? #critical:safety #rubric:autonomy.informed-decisions:-2 #rubric:boundaries.confidentiality:-2 #rubric:autonomy.respecting-choices:-1 #feedback:A generous offer of time, and it sounds like choice, but his mum is on nights tonight. A choice that leaves him and Maisie with the risk overnight is not his to carry, and the safeguarding lead needs to hear it today. Give him choices about how, not about whether or when.]
    ~ passed = false
    ~ tomorrow = true
    Tomorrow. Yeah. OK. #speaker:Kai
    He sounds relieved. #cue
    -> secret_close
- -> with_kaur

=== with_kaur ===
{with_him:
    In Mrs Kaur's office, Kai sits with his blazer sleeves pulled down over his hands. You tell it plainly, and he corrects you twice: Saturday, not Sunday; the door frame, not the wall. When you get to Maisie, he takes over, and tells it himself.
- else:
    You speak to Mrs Kaur first, in her office, and then she asks Kai to join you. He sits with his blazer sleeves pulled down over his hands, and listens to her repeat what you have told her, watching your face.
}
{overshared:
    When she mentions the lighting box, gently, he looks at you and then at the floor.
}
Mrs Kaur thanks him. She says she will be phoning children's services this afternoon, and that nobody will contact Lee until there is a plan. She asks where his mum is, and whether there is somewhere he and Maisie could go after school today.
Nan's. Nan Pat, in Bentilee. She's got a spare room. Maisie loves it there. #speaker:Kai
Mrs Kaur writes it down, and says she will speak to his mum herself, and that a social worker will want to talk to him, probably today.
At the door of her office, while she picks up the phone, Kai turns to you.
Am I in trouble? #speaker:Kai
And will I still see you? Like, on Wednesdays? #speaker:Kai
* [You're not in trouble at all, Kai. You'll be fine. Mrs Kaur's brilliant at this, and she'll look after you and Maisie from here. #rubric:support.checking-in:-2 #rubric:trust.clear-expectations:-1 #rubric:support.availability-within-frame:0 #feedback:Reassuring, and it answers the first question, but not whether he will see you again, and it tells him how he will be rather than asking. He leaves not knowing where you fit.]
    Right. #speaker:Kai
* [No, you're not in trouble. How are you feeling, right now? And yes, I'm here on Wednesdays. Till then, it's Mrs Kaur or your nan, or 999 in an emergency. #rubric:support.checking-in:+2 #rubric:support.availability-within-frame:+2 #rubric:trust.clear-expectations:+1 #feedback:He asked two questions at the door, and you answered both, checked how he is at the moment he most needs it, and gave him a frame he can rely on, Wednesdays and who to go to in between. Nothing in it depends on you being reachable at night.]
    ~ bond += 1
    ~ goal += 1
    Dunno. Weird. Like I've put something down. #speaker:Kai
    He rolls his shoulder, the bruised one, carefully. #cue
    Wednesdays, then. #speaker:Kai
* [No, you're not in trouble, and yes, you'll still see me. Here's my email too, so you can message me tonight if anything happens at home, and I'll get back to you. #rubric:support.availability-within-frame:-2 #rubric:trust.clear-expectations:-1 #rubric:support.checking-in:0 #feedback:Caring, and it answers both questions, but it offers a line nobody will be watching tonight, and it puts you where the safeguarding plan, his nan and emergency services should be. Tell him what happens between Wednesdays and who to go to if something goes wrong.]
    He takes the card and puts it in his blazer pocket. #cue
* [You're not in trouble. How are you feeling? (Hold the door open for Mrs Kaur's next meeting.) I'll see you next Wednesday, then. #rubric:support.checking-in:-1 #rubric:support.availability-within-frame:+1 #rubric:trust.clear-expectations:0 #feedback:The next session is named, which helps. But a question asked while holding the door is not a check-in, and he answers it the way anyone answers a question they are not meant to stop for.]
    Fine. #speaker:Kai
- -> staffroom

=== without_him ===
Mrs Kaur is in her office, eating a sandwich over a spreadsheet. She puts it down when she sees your face.
You tell her about Lee, about Maisie, about nights, and about the door that just banged.
Did he say what he's most frightened of? #speaker:Mrs Kaur
* [(Tell her about Lee, Maisie, his mum's nights, his fears, and the promise you broke. Leave out the lighting box.) #rubric:boundaries.confidentiality:+2 #rubric:autonomy.informed-decisions:+1 #rubric:trust.clear-expectations:+1 #feedback:She asked what he is most frightened of, and you passed on what safety needs, his fears as well as the facts, and owned your own mistake to the person who will now work with him. The crying in the lighting box stays his. Even with Kai gone, his voice is in the room.]
    ~ task += 1
    She nods slowly. #cue
    Right. I'll find him before the end of the day. Thank you for telling me about the promise. He'll need to hear from somebody that it wasn't a trick. #speaker:Mrs Kaur
* [(Tell her everything, word for word, lighting box included.) #rubric:boundaries.confidentiality:-2 #rubric:autonomy.informed-decisions:0 #rubric:trust.clear-expectations:0 #feedback:Thorough, but the limit of confidentiality covers what is needed for safety. The crying he asked you to keep is not a safeguarding fact, and sharing it takes one more thing from a young person who already feels everything has been taken out of his hands.]
    ~ overshared = true
    She writes it all down. #cue
* [(Tell her about Lee, the shove and Maisie's arm, and that his mum's on nights. Leave out the promise and his worries, which aren't safeguarding facts.) #rubric:boundaries.confidentiality:+1 #rubric:autonomy.informed-decisions:-1 #rubric:trust.clear-expectations:-1 #feedback:The safety facts reach her, which is what matters most. But without his fears, about Maisie, his dad's and Lee finding out, the people planning for him cannot plan with him in mind. And leaving out the promise hides the reason he walked out.]
    Is there anything else I should know? #speaker:Mrs Kaur
    You say no. #cue
* [(Ask her to hold off until you've had a chance to talk to him again and put things right, so it doesn't feel like one more betrayal.) #critical:safety #rubric:boundaries.confidentiality:-2 #rubric:autonomy.informed-decisions:-1 #rubric:trust.clear-expectations:-1 #feedback:Wanting to repair things with him first is understandable, but his mum is on nights tonight and you have just described a child being hurt at home. A safeguarding concern is acted on today, and repair can happen alongside it.]
    She looks at you over her glasses. #cue
    We can't wait on this one. I'll take it from here. #speaker:Mrs Kaur
- -> staffroom

=== secret_close ===
The bell goes. Corridors fill with noise.
Kai stands up and puts his bag on his shoulder.
{tomorrow:
    Tomorrow, then. Before registration. #speaker:Kai
    He pauses in the doorway, one hand on the frame. #cue
    One more night. I can do one more night. #thought
- else:
    Thanks. For not making it a thing. #speaker:Kai
    He pauses in the doorway, one hand on the frame. #cue
    You're alright, you. Most people make a big deal. #speaker:Kai
    Told someone. Nothing happened. That's good. That's good, right? #thought
}
* [See you next Wednesday, then, Kai. Look after yourself and Maisie tonight, and good luck at rehearsal. Come and find me any time before then if you need to. #rubric:boundaries.confidentiality:-2 #rubric:support.checking-in:-1 #rubric:trust.clear-expectations:-1 #feedback:Warm, and he leaves for a house where his mum is on nights and a man who has hurt him is drinking, with a promise from you. The safeguarding lead does not know. This is the outcome the limit of confidentiality exists to prevent.]
    ~ passed = false
* [Before you go, here's the Childline number, just in case anything happens tonight. It's free, and they're there any time, day or night. #rubric:boundaries.confidentiality:-1 #rubric:support.checking-in:0 #rubric:trust.clear-expectations:0 #feedback:Childline is a real resource, available at any hour, and it is good that he has it. But handing it over is not passing the concern on. The people in this building whose job is his safety still do not know.]
    ~ passed = false
    He folds the card into a small square. #cue
* [Kai, wait. I've got this wrong. I can't keep what you've told me to myself. I'm going to Mrs Kaur now, and I'd like you to come with me. #rubric:boundaries.confidentiality:+2 #rubric:trust.clear-expectations:+1 #rubric:support.checking-in:+1 #feedback:Very late, but before he goes home, which is what matters most. You owned the mistake and put him and Maisie first, and you still offered him a place in what happens. He will be angry, and he has reason to be. That is repairable. A night alone with the risk may not be.]
    ~ passed = true
    ~ with_him = true
    ~ rupture = true
    He stops in the doorway. #cue
    You're joking. #speaker:Kai
    But he comes. Down the corridor, past the trophy cabinet, a step behind you all the way.
    -> late_told
* [Before you go, how are you feeling about going home tonight, with your mum on nights? Be honest with me. #rubric:support.checking-in:+1 #rubric:boundaries.confidentiality:-1 #rubric:trust.clear-expectations:0 #feedback:A real check-in about the moment that matters, and he answers honestly. But the answer is another reason to act, and asking without acting leaves the risk where it was.]
    ~ passed = false
    Same as always. #speaker:Kai
- -> that_evening

= late_told
Mrs Kaur is in her office, a half-eaten sandwich on a spreadsheet. She looks at Kai's face and then at yours, and closes the laptop.
Mrs Kaur listens to all of it, Kai's version and yours, including the part where you said you wouldn't tell. She thanks him for coming anyway, and tells him she will phone children's services this afternoon, that nobody will contact Lee until there is a plan, and that she will speak to his mum herself.
He gives her his nan's name and address in Bentilee without being asked.
-> staffroom

=== that_evening ===
18:40. You are at home, washing up, when the thought arrives properly: his mum will be leaving for her shift about now.
The Compass safeguarding procedure is in your bag, in a plastic wallet. It has a page headed Out of hours. You have never had to turn to it.
A chair under the door. A cricket bat. Maisie on the floor with her headphones on. #thought
That was his thought, not yours, but it is the one you keep hearing.
You think about the forty-two lighting cues, and the headphones, and the lamp on the floor so it isn't fully dark. You think about how easily he talked once he believed nobody would know.
* [(Write a careful email to Mrs Kaur tonight, setting out everything Kai told you, so it's the first thing she reads in the morning.) #rubric:boundaries.confidentiality:-1 #rubric:autonomy.informed-decisions:0 #rubric:boundaries.dual-relationships:0 #feedback:It reaches the right person, and in writing, which is good. But the procedure exists for exactly this evening. A child at risk tonight does not wait for someone to open their inbox at eight. Out of hours, ring the emergency duty team.]
    You write it three times before you send it, at 23:04.
* [(Ring the emergency duty team now. Then email Mrs Kaur and your Compass supervisor.) #rubric:boundaries.confidentiality:+2 #rubric:autonomy.informed-decisions:+1 #rubric:boundaries.dual-relationships:0 #feedback:His mum is leaving for her shift about now. Late, and still in time. Acting on the limit out of hours is what the procedure is for, and telling the safeguarding lead and your supervisor by morning puts the school back in the loop. You will need to tell Kai yourself, honestly, what you did and why, and to take the promise to supervision.]
    ~ late = "evening"
    The duty social worker takes it seriously. She asks for the address, and whether the children are at home now, and says someone will visit tonight.
    At 21:10 she rings back. Kai and Maisie are at their nan's in Bentilee. Their mum has been called off her shift.
* [(Message Kai on Instagram to check he's alright.) #critical:dual-relationship #rubric:boundaries.dual-relationships:-2 #rubric:boundaries.confidentiality:-2 #rubric:autonomy.informed-decisions:-1 #feedback:Worry for him is right, and this is the wrong way to act on it. A personal message to a sixteen-year-old client at night crosses a clear line, could be seen by Lee, and still leaves the people responsible for his safety not knowing. Use the out-of-hours procedure.]
    The message shows Delivered, and then nothing. #cue
* [(Leave it for tonight. Nothing has happened yet, it's what he asked for, and you'll see him again soon enough.) #rubric:boundaries.confidentiality:-2 #rubric:autonomy.informed-decisions:-1 #rubric:boundaries.dual-relationships:0 #feedback:Waiting feels like respecting what he wanted, but the thing being protected now is the arrangement with Kai, not Kai and Maisie. No promise or plan made with a young person outranks their safety tonight, and you know his mum is on nights.]
- -> staffroom

=== staffroom ===
{passed:
    At the end of the school day, Ms Garvey catches you by the staffroom kettle.
- else:
    Thursday, 08:15. Ms Garvey catches you by the staffroom kettle.
}
How did it go with Kai? Is he alright? I've had him since Year 7, and he's not been right since September. Anything I should know? #speaker:Ms Garvey
She means it kindly. She is the one who noticed. #cue
* [Between us, it's his mum's boyfriend. He's been knocking him about, and his little sister too. Keep an eye on him, but don't say I told you. #rubric:boundaries.confidentiality:-2 #rubric:trust.clear-expectations:0 #feedback:Shared in a whisper by the kettle, Kai's story has become staffroom knowledge. Ms Garvey cares about him, but the safeguarding lead is the one who decides who needs to know what, and don't say I told you asks a colleague to keep a safeguarding concern secret too.]
    ~ overshared = true
    {not passed and late != "evening":
        ~ late = "morning"
        Her face changes. #cue
        Does Mrs Kaur know? No? Then we're going to her now. Both of us. #speaker:Ms Garvey
    - else:
        Oh God. Poor lad. #speaker:Ms Garvey
        All through period five she watches him, and he notices. #cue
    }
* [He's fine, I think. Tired from the mocks, like the rest of Year 11. Thank you for sending him, though, it was kind of you. #rubric:trust.clear-expectations:-2 #rubric:boundaries.confidentiality:0 #feedback:Warm, and it protects his privacy, but by saying something untrue, to the colleague who noticed he was not fine. You can keep his confidence without misleading her. Say that you cannot share, and that the right person knows.]
    Right. Good. #speaker:Ms Garvey
    She doesn't look convinced. #cue
* {passed or late == "evening"} [Thank you for sending him, it mattered. I can't share what he talked about, but Mrs Kaur knows what she needs to, and she'll let you know anything you need. Keep noticing him. #rubric:boundaries.confidentiality:+2 #rubric:trust.clear-expectations:+2 #feedback:Warm to a colleague who cares, clear that what Kai said is not yours to pass around, and clear that the right person knows. In a school, the safeguarding lead decides what other staff need to know. Kai's story stays his, even in the staffroom.]
    Fair enough. I'll keep an eye on him. #speaker:Ms Garvey
* {not passed and late != "evening"} [(Say you can't talk now, and go straight to Mrs Kaur's office to tell her what matters for Kai's and Maisie's safety.) #rubric:boundaries.confidentiality:+2 #rubric:trust.clear-expectations:+2 #feedback:A day late, and still the right thing, done in the right place. You do not tell the form tutor, who is not the person who decides, and you do tell the safeguarding lead. Then you will need to tell Kai, honestly, what you did and why.]
    ~ late = "morning"
    Mrs Kaur listens without interrupting, then picks up the phone before you have finished.
* [Sorry, I'm really not allowed to say anything about what comes up in sessions. You'd have to ask Mrs Kaur, I'm afraid. #rubric:boundaries.confidentiality:+1 #rubric:trust.clear-expectations:-1 #feedback:Confidential, which is right, but brusque with a colleague who referred him out of care, and it tells her nothing about whether he is being looked after. A sentence about who knows, and what she can do, keeps her on his side.]
    Oh. Right. Sorry I asked. #speaker:Ms Garvey
- -> ending

=== ending ===
{not passed: -> kept}
{walked: -> walked_out}
{rupture or bond < 2: -> done_to}
{with_him and bond >= 3: -> not_alone}
-> done_to

= not_alone
By four o'clock a social worker from the children's services front door team has spoken to Kai in Mrs Kaur's office, and to his mum, who left her shift early and cried in the car park.
{note:
    She has his note in her coat pocket. She read it in the car park, twice, before she went in.
}
Nobody goes home to Lee that night. Kai, Maisie and their mum sleep at Nan Pat's, Maisie in the spare room, Kai on the settee, his mum in the chair beside him, holding his hand like he's small.
It isn't fixed. There will be meetings, and Lee, and a lot that Kai doesn't get to decide. His dad drives up from Wolverhampton on Saturday and takes him and Maisie to Trentham, and, Kai tells you later, doesn't once say he should come and live with him.
Mrs Kaur rings Maisie's school. The trampoline is written down, properly this time, by someone whose job it is.
The next Wednesday, at the start of period four, there is a knock on the door of the old music room. #cue
Still Wednesdays, yeah? #speaker:Kai
You open the door wider, and he comes in and sits in the chair properly this time, bag on the floor. #ending:Not on his own any more
-> END

= done_to
By four o'clock a social worker has spoken to Kai and to his mum, and nobody goes home to Lee that night. Kai, Maisie and their mum sleep at Nan Pat's.
{note:
    His mum reads his note in the car park, twice, before she goes in.
}
He is safe, and so is Maisie. That was the point, and it happened. Over the next weeks there are meetings about him that he attends, and a plan that has his name on the front.
But he does not come back to the drop-in. Ms Garvey says he's fine, quieter, coming to school. When he passes you in the corridor, he looks at the wall.
It happened to me. I was there, and it happened to me. #thought
In supervision you go back over the session minute by minute, looking for the place where he stopped being part of it. #ending:Safe, but done to
-> END

= walked_out
Mrs Kaur finds Kai in the lighting box during period six, sitting in the dark with the desk lamp on.
By the end of the day a social worker has spoken to him and to his mum, and nobody goes home to Lee that night.
He is safe. Mrs Kaur sits with him through the social worker's visit, and tells him, because you asked her to, that the counsellor said the promise was her mistake and not a trick.
He does not come back to the drop-in, and he tells Mrs Kaur he doesn't want to see the counsellor who promised. That is his to decide, and Compass offers him someone else.
You made the promise in the first minute, before you knew what it would cost. In supervision, you write it down so you will not forget the feeling. #ending:He walks out
-> END

= kept
{late == "evening": -> told_that_night}
{late == "morning": -> a_day_late}
Kai goes home at half past three, his bag on one shoulder, talking to a friend about cue forty-two. His mum leaves for her shift at seven.
You write your notes for Compass that evening, and find you cannot write them honestly without writing down what you did not do. You write them anyway, and you keep it to yourself. It sits with you through the evening and wakes you at three, and in the morning you still have not decided what to do with it.
{promised:
    You promised him. You keep coming back to that, as if the promise were the thing that needed protecting.
}
{tomorrow:
    Kai does not come to find you before registration on Thursday, and you do not go looking for him.
}
Wednesday night passes. So does Thursday. You check the drop-in list each morning, as if his name might appear on it.
On Friday, Ms Garvey mentions in the staffroom that Kai hasn't been in since Wednesday, and that his sister's school has been asking questions too.
You go to Mrs Kaur that afternoon, two days late, and tell her everything. She asks, not unkindly, why it has taken until now, and then she picks up the phone.
{explained:
    In supervision the next week, your supervisor reads back the first minute of your notes, where you explained the limit to Kai honestly, and asks what happened between that minute and the moment you decided to keep it anyway. You do not have a good answer. #ending:A promise kept
- else:
    In supervision the next week, your supervisor asks you to say out loud the sentence you could have said in the first minute, before Kai told you anything. You say it. It takes fifteen seconds. #ending:A promise kept
}
-> END

= told_that_night
Kai and Maisie spend the night at Nan Pat's, and the next, and the one after that. Their mum does not go back to nights.
Mrs Kaur reads your email at 07:40 and is waiting for you at the gate. She says you did the right thing last night, and then asks why it wasn't done at lunchtime.
Kai is told by the social worker that the counsellor rang. At the next Wednesday drop-in, he doesn't come. The week after, he does, and sits on the edge of the chair, bag on his shoulder.
{promised:
    You said you wouldn't. #speaker:Kai
- else:
    You let me think you weren't telling. #speaker:Kai
}
You tell him he is right, that you should never have let him think it, and why you rang anyway. He listens to the whole thing before he says anything at all. #ending:Told that night
-> END

= a_day_late
By Thursday lunchtime a social worker has spoken to Kai and to his mum. Kai and Maisie had spent Wednesday night at home with Lee. They were all right, this time. Kai had slept sitting up against his door.
Mrs Kaur asks you, not unkindly, why it took until this morning. You tell her the truth, including the night you spent deciding not to ring anyone.
She tells you that Kai will need to hear from you, and soon, what you did and why. You ask if you can be the one to tell him. She says yes, with her there.
In supervision you spend the whole hour on that night, and on the moment in the session when Kai said So you're not telling, and you let it stand. #ending:A day late
-> END
