// The loudest voice. A power-dynamics scenario in a group.
// Week 5 of 8 of a carers' support group. Tariq Hussain, 38, is the focal client; Bev, Jen and Alan are the other members present.

VAR bond = 0
VAR task = 0
VAR goal = 0

VAR bev = 0            // how respected Bev feels: she is the one most likely to be shamed
VAR spoke = false      // Tariq has started to tell the group about Thursday night
VAR remark = ""        // explored, named, spokesman, passed: how Jen's remark was met
VAR opened = false     // Tariq has told the group how things really are at home
VAR bev_told = false   // Bev has said what the talking keeps away
VAR left = false       // Tariq has left the session early
VAR corridor = false   // the facilitator had a private word with Tariq after the group
VAR jen_heard = false  // Tariq has answered Jen's apology in his own words

-> opening

=== opening ===
Tuesday, six o'clock. Room 2 at the Carers' Centre: eight chairs in a circle, a plate of biscuits, and on the flipchart the group agreement from week one, in Mel's handwriting. One voice at a time. What's said here stays here. It's OK to pass. Respect difference.
This is week five of Caring Too, an eight-week support group run by the Talking Therapies service. Mel, your co-facilitator, is off sick, and your supervisor has agreed you will run it on your own tonight.
Seven people signed up in September. One has stopped coming, two sent apologies, and tonight four have come.
Bev Salter arrived first, as she always does, and set out the chairs. Alan Brierley has taken the seat with the best light, so that he can see faces. Jen Whitlock is still unwinding her scarf. Tariq Hussain came in last, in his bus driver's uniform, and took the chair nearest the door. His phone is face down on his knee.
On your knee is the register, and Mel's note from last week: Think about structuring the check-in? B. very full. T. quiet again, left on the dot.
You had planned to start with a reminder of the agreement and a round. You have barely said welcome back when Bev leans forward.
Shall I start? I'll start. #speaker:Bev
It has been a week. The social worker didn't come Monday, didn't ring. Ron was up at two every night looking for the car keys, we haven't had a car since 2019. And Friday the consultant sat me down and used the word. Placement. #speaker:Bev
I said to her, I was a ward sister thirty-eight years, love, I know what placement means. And she said, well, Mrs Salter, you'll know it's about what's safe. And I said... #speaker:Bev
She keeps going. Alan fiddles with his hearing aid. Jen nods along. Tariq turns his phone over, and back again. #cue
Five weeks. Same every week. Just get to half seven. #thought
* [Bev, sorry, can I stop you there? I can hear it's been a big week, but we need to give other people a chance tonight, so let's go round. Anyone can pass. #rubric:power.awareness-of-imbalance:+1 #rubric:power.client-voice:+1 #rubric:trust.safety-for-openness:-1 #feedback:You have seen the imbalance and you act on it, which is right. But stopping her mid-sentence, in front of everyone, just after she said placement, makes the correction the thing the group remembers. The others learn that a turn can be cut off, and Bev learns that her fear was too much. Wait for a breath, reflect, then widen.]
    ~ bev -= 1
    Bev stops, her mouth still a little open. #cue
    Right. Sorry. #speaker:Bev
    She pulls her cardigan round her. Nobody says anything for a moment. Then Jen, who cannot bear a silence either, starts talking.
* [(At her next breath.) Placement is a hard word, Bev, and I'd like us to come back to it. Can we go round first? A sentence each; anyone can pass. #rubric:power.awareness-of-imbalance:+2 #rubric:power.client-voice:+2 #rubric:trust.safety-for-openness:+1 #feedback:You wait for a natural pause rather than cutting in, reflect the one word that matters most in what she said, and promise to come back to it, then open the room with the right to pass built in. Bev is held and not shamed, and the quieter members hear that their turn is real. At another moment, with the round already done, the same move would only delay her; here nobody else has spoken yet.]
    ~ task += 1
    ~ bond += 1
    Bev sits back. #cue
    Go on, then. Round we go. #speaker:Bev
    Alan gives you a small nod, the kind you give a bus driver who has waited for you.
    You go round the circle.
* [What did the social worker say when she finally rang back, Bev? It sounds as if you've been left on your own with all of this. #rubric:power.awareness-of-imbalance:-2 #rubric:power.client-voice:-2 #rubric:trust.safety-for-openness:-1 #feedback:A good listening question in a one-to-one. In a group, following the loudest voice with interest before anyone else has spoken tells everyone who the facilitator is listening to, and Bev's check-in becomes the session. Tariq, who has been waiting four weeks to find a gap, watches it close.]
    ~ bond -= 1
    She didn't. That's the point. #speaker:Bev
    Bev is off again, pleased to be asked. Ten more minutes go by. Jen eats a biscuit. Tariq looks at the clock above the door. #cue
    When at last she runs down, you go round the circle.
* [(Nod, and let her carry on.) It sounds like that word has been with you all week, Bev. Take the time you need tonight, and the others can come in after you. #rubric:power.awareness-of-imbalance:-1 #rubric:power.client-voice:-1 #rubric:trust.safety-for-openness:0 #feedback:Warm, and Bev has real news. But a check-in that becomes one person's quarter of an hour teaches the group whose turn it is. Tariq, who has waited four weeks, learns that there is no gap for him to find. Reflect what matters and open it up.]
    ~ bond -= 1
    Bev talks for another ten minutes: the keys, the consultant, the social worker's voicemail, the leaflet about care homes she has not opened and has read twice.
    Jen eats a biscuit. Tariq looks at the clock above the door. #cue
    When at last she runs down, you go round the circle.
- -> the_round

=== the_round ===
Ellie's had two seizures this week, and respite cancelled on Friday. Staff shortage. So that's the weekend gone. I've not slept since Sunday. #speaker:Jen
She laughs, as if she had said something funny. #cue
And I still did my shift. You can't not, can you? The kids still want their dinners. #speaker:Jen
Margaret's tremor is worse. On Saturday she called me by her brother's name. I answered to it. Seemed easiest. #speaker:Alan
Alan leans in to catch the replies, his good ear towards the circle. #cue
Then it is Tariq's turn. He looks at his phone, then up. #cue
It's been... my dad had a fall, Thursday, so... #speaker:Tariq
Oh, falls! #speaker:Bev
Ron had three in March. What you want, love, is a falls sensor. The council do them for nothing, you just ring the number. I'll write it down for you. #speaker:Bev
She is already writing on the back of the biscuit packet. #cue
Yeah. Thanks. It's fine. #speaker:Tariq
He sits back and turns the phone over on his knee. #cue
See. Nobody wants the whole thing. One sentence, then the advice. #thought
* [Tariq, you've been very quiet these five weeks, and we'd really love to hear from you tonight. Would you like to tell us how your dad is doing after the fall? #rubric:power.client-voice:+1 #rubric:power.awareness-of-imbalance:0 #rubric:autonomy.respecting-choices:-2 #feedback:Warm, and it does give him the floor. But naming his silence in front of everyone makes it the subject, and a question from the facilitator is hard to refuse. The group agreement says it's OK to pass, and this leaves him no room to. Invite him back to what he had started, and keep the way out open.]
    ~ spoke = true
    ~ bond -= 1
    Tariq colours. Everyone is looking at him. #cue
    Not much to say. He fell. I picked him up. #speaker:Tariq
    -> bev_stung
* [Thanks, everyone, there are some big things there. Shall we pick up where Bev began, with the consultant and what placement might mean? #rubric:power.client-voice:-1 #rubric:power.awareness-of-imbalance:-1 #rubric:autonomy.respecting-choices:0 #feedback:The round is finished, so moving on looks like good timekeeping, and placement is a big word. But Tariq was cut off after seven words, and going back to Bev's agenda confirms that his turn was the one that did not count. Notice who got talked over before you move on.]
    ~ bond -= 1
    -> alan
* [Hang on to the number a moment, Bev. Tariq, you'd started to tell us about Thursday. Go on, if you want to; it's fine if not. #rubric:power.client-voice:+2 #rubric:power.awareness-of-imbalance:+2 #rubric:autonomy.respecting-choices:+1 #feedback:Tariq got seven words out before the advice arrived, and you hand the floor back to exactly where he stopped, with a way out, while asking Bev to wait rather than stop. He is invited, not summoned. The price is that Bev may feel cut across, which you will need to hold next.]
    ~ spoke = true
    ~ bond += 1
    ~ goal += 1
    -> bev_stung
* [That's a really useful tip, Bev, thank you. Tariq, a falls sensor might be worth a look; it sounds like Thursday was frightening. #rubric:power.client-voice:-2 #rubric:power.awareness-of-imbalance:-1 #rubric:autonomy.respecting-choices:-1 #feedback:Kind to Bev, and the feeling may be right, but it endorses the interruption and turns Tariq's first words in four weeks into a problem with a gadget for a solution. He hears that the group has finished with him. Bring him back before anyone answers what he has not yet said.]
    ~ bond -= 1
    Yeah. I'll look into it. #speaker:Tariq
    He takes the biscuit packet from Bev, folds it, and puts it in his jacket. #cue
    -> alan
=== bev_stung ===
Bev puts the pen down on the biscuit packet. #cue
Well, pardon me for breathing. I was only trying to help. Thirty-eight years on the wards, people used to be glad of a bit of advice. #speaker:Bev
She folds her arms. Jen looks at her hands. Tariq, half into what he was going to say, stops. #cue
Now I've upset the nurse. Should've said pass. #thought
* [You were trying to help, Bev, and I cut across you. I'm sorry. I'd still like Tariq to finish first. #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+2 #rubric:trust.active-listening:+1 #feedback:You hear the hurt under pardon me for breathing, credit her intention, own your part briefly, and hold the order you set. In a group the repair with one member happens in front of all the others: Bev keeps her dignity and Tariq keeps his turn. Apologising and then giving the floor back to her would undo the space you made; here you do one without the other.]
    ~ bev += 1
    ~ task += 1
    Bev's arms loosen. #cue
    Go on, then, Tariq, love. I'll keep my number. #speaker:Bev
    She says it kindly, and means it. #cue
* [We did all agree in week one to give everyone a turn, Bev, and I'm holding to that for everyone tonight, you included. #rubric:conflict.recognising-rupture:+1 #rubric:conflict.repairing-rupture:-1 #rubric:trust.active-listening:-1 #feedback:True, and you have noticed that she is stung. But pointing to the flipchart answers her hurt with a rule, and in front of the group it sounds like a telling-off. Bev hears that she has broken the agreement. Acknowledge the intention first, then the agreement.]
    ~ bev -= 1
    I know what we agreed. I can read. #speaker:Bev
    She looks at the flipchart, and then at the window. #cue
    After a moment, Tariq goes on, quietly, to nobody in particular. #cue
* [(Turn back to Tariq.) Tariq, you were telling us about Thursday night. Take your time; we're all listening now. #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-1 #rubric:trust.active-listening:-1 #feedback:You keep your focus on Tariq, which was the point, but Bev's hurt is left sitting in the middle of the circle. Everyone can feel it, Tariq most of all, and he now has to speak into it. In a group a rupture with one member is a rupture in front of all of them, and it needs a word.]
    ~ bev -= 1
    Bev stares at the flipchart. #cue
    Tariq looks from her to you, and speaks quickly, to get it over with. #cue
* [Oh, Bev, I'm so sorry, you're absolutely right, that came out wrong. Please, go on with what you were saying about the sensor. #rubric:conflict.recognising-rupture:+1 #rubric:conflict.repairing-rupture:-1 #rubric:trust.active-listening:0 #feedback:You saw that she was hurt and moved quickly to soothe it, but the repair costs Tariq his turn. Bev learns that being hurt gets the floor back, and Tariq learns that his turn was the one to give up. Repair with Bev without abandoning the space you made.]
    ~ bev += 1
    ~ spoke = false
    ~ bond -= 1
    Bev gives Tariq the biscuit packet with the number on it, and carries on about the falls sensor, and then about Ron. #cue
    Tariq folds the packet into his jacket. #cue
- -> the_remark

=== alan ===
Within a minute Bev is telling Tariq about the falls sensor, and Jen is telling Bev about Ellie's pendant alarm, both at once, when Alan holds up a hand.
Sorry. Could we have one at a time? #speaker:Alan
He taps the aid in his left ear. #cue
When two go at once, I lose the lot. I've been sitting here five weeks getting every other word. #speaker:Alan
I was only... #speaker:Bev
Bev stops. There is a silence. #cue
At least somebody said it. #thought
* [Thanks, Alan; that's on me too. Tariq, you got talked over before. Do you want to go back to Thursday? You can pass. #rubric:power.awareness-of-imbalance:+2 #rubric:power.client-voice:+2 #rubric:autonomy.respecting-choices:+1 #feedback:Alan has named the problem from his own need, and you thank him, take your own share of it, and use the opening to bring back the member who was talked over, with a real right to pass. In a group, the facilitator's job is less to speak for the quiet than to make room they can step into.]
    ~ spoke = true
    ~ bond += 1
    ~ task += 1
    Alan nods. Bev, to her credit, puts the pen down and waits. #cue
* [Of course, Alan, you're right, and thank you for saying it. Let's go one at a time from now on. Bev, you were in the middle of something; go on, if you want to. #rubric:power.awareness-of-imbalance:-2 #rubric:power.client-voice:-2 #rubric:autonomy.respecting-choices:0 #feedback:You agree with Alan and then hand the floor straight back to the loudest voice. The agreement is restated and the pattern it was meant to change carries on. Tariq, who was cut off before Alan spoke, is the one left out.]
    ~ bond -= 1
    Bev picks up where she left off, more slowly, a little louder, facing Alan. #cue
* [Thanks for telling us, Alan. Shall I check the hearing loop's switched on? It should help you catch everyone, wherever they're sitting. #rubric:power.awareness-of-imbalance:0 #rubric:power.client-voice:-1 #rubric:autonomy.respecting-choices:0 #feedback:Access matters and the loop should be checked. But Alan has named a problem with how the group talks, not only with the room, and turning it into a technical fix lets the pattern go on. Do both: check the loop, and hold one voice at a time.]
    You check the loop. It was on. Alan thanks you politely. #cue
    By the time you sit down, Jen is talking again.
* [Good point, Alan. Can everyone please try not to talk over each other? It's in our agreement, and it matters for all of us. #rubric:power.awareness-of-imbalance:+1 #rubric:power.client-voice:0 #rubric:autonomy.respecting-choices:0 #feedback:You back Alan up and remind the group of its agreement, which matters. But said to everyone at once it lands as a scolding, Bev hears it as aimed at her, and Tariq, who was the one talked over, is not brought back in.]
    ~ bev -= 1
    Well! #speaker:Bev
    Jen says sorry, twice. Tariq says nothing at all. #cue
- -> the_remark

=== the_remark ===
{spoke:
    Thursday night he fell in the bathroom. Three in the morning. #speaker:Tariq
    He speaks to the floor between his feet. #cue
    I got him up. Got him cleaned up. And he said sorry to me. My dad. Saying sorry to me. #speaker:Tariq
    Then I was on the bus at half five. #speaker:Tariq
    Nobody speaks for a moment. Then Jen leans across, warmly. #cue
    Oh, love. You're lucky, though, aren't you? In your culture the whole family mucks in. Not like us. Since Ellie's dad went, I've got nobody. #speaker:Jen
- else:
    A little later, Jen is talking about the weekend, and the respite place, and the nights. #cue
    I rang them Friday and the girl said, have you got family who could step in? And I said, love, if I had, would I be ringing you? #speaker:Jen
    And you know, everyone says get help from family. What family? My mum's in Spain, Ellie's dad's long gone. #speaker:Jen
    She turns to Tariq with a kind, rueful smile. #cue
    You're lucky, though, love, aren't you? In your culture the whole family mucks in. Not like us. I've got nobody. #speaker:Jen
}
Yeah. Lucky. #speaker:Tariq
He looks at the door. #cue
Same as the GP. Same as the social worker. Your lot look after your own. So nobody offers us anything. #thought
* [Jen, I'm going to stop you there. That's a stereotype about Tariq's family, and we agreed in week one that this group would respect difference. #contested #rubric:power.cultural-humility:+1 #rubric:trust.safety-for-openness:-1 #rubric:autonomy.respecting-choices:0 #feedback:Naming it firmly and at once protects Tariq and the group's agreement, and many experienced group facilitators would do exactly this, especially with a remark about race or faith, where silence can read as agreement. Others would say that a public correction shames Jen, who meant kindness, and makes Tariq the centre of a row he did not ask for, so he ends up reassuring the person who hurt him. Either way, come back to both of them.]
    ~ remark = "named"
    ~ task += 1
    Jen goes red to the roots of her hair. #cue
    Sorry. I didn't... sorry. #speaker:Jen
    It's fine. Honestly. She's not wrong that people think it. #speaker:Tariq
    He says it to Jen, gently, looking after her. #cue
    Now I'm the one making it alright. #thought
* [Can I pause us? Jen, I hear how alone you are with Ellie. That was also an assumption about Tariq's family, and it may not fit. Tariq, no need to answer. #rubric:power.cultural-humility:+2 #rubric:trust.safety-for-openness:+2 #rubric:autonomy.respecting-choices:+1 #feedback:You slow the group down, hold on to Jen's loneliness so that she is not cast as the villain, name the assumption as an assumption, and offer Tariq room without making him answer for his culture. Tariq has just said Yeah, lucky and looked at the door: the remark has landed, and it is treated as something the group can learn from, while the person it landed on decides whether to speak.]
    ~ remark = "explored"
    ~ bond += 1
    ~ goal += 1
    Jen's hand goes to her mouth. #cue
    Oh God. Tariq, I didn't mean... #speaker:Jen
    Tariq shakes his head at her, not unkindly. Then he looks up, at the circle, for the first time tonight. #cue
    It's alright. People think that. My dad thinks it too. That's the problem. #speaker:Tariq
* [I'm curious, Tariq, and please say if I've got this wrong: is that how it is for you? How does caring work in your family? #rubric:power.cultural-humility:-2 #rubric:trust.safety-for-openness:-1 #rubric:autonomy.respecting-choices:-1 #feedback:Curious, humble and well meant, but it leaves the assumption standing and asks Tariq to answer for his whole culture in front of the group. He becomes the spokesman for a community, rather than a man who had a hard Thursday. Name the assumption yourself, and let him choose whether to speak.]
    ~ remark = "spokesman"
    ~ bond -= 1
    Everyone turns to him. #cue
    It works like this. Everyone has an opinion, and I do the nights. #speaker:Tariq
    He says it flatly and looks back at the door. #cue
* [That sounds so lonely, Jen. It sounds like you've been carrying Ellie on your own for a long time, with nobody to step in. How long has it been just the two of you? #rubric:power.cultural-humility:-1 #rubric:trust.safety-for-openness:-1 #rubric:autonomy.respecting-choices:0 #feedback:Jen's loneliness is real and this is a good reflection. But moving straight to it lets the remark about Tariq's culture stand, and the group learns that comments like that pass without a word. Tariq, who has just agreed that he is lucky, learns it most.]
    ~ remark = "passed"
    ~ bond -= 1
    Eleven years. #speaker:Jen
    She talks about Ellie's dad, and the tribunal, and the school. Tariq turns his phone over. #cue
- {remark == "explored" or remark == "named": -> home}
-> going_early

=== home ===
{remark == "named":
    After a moment Tariq goes on, as if to take the heat out of the room. #cue
}
My dad won't have carers in. Strangers, washing him. He says, I have three sons. #speaker:Tariq
Two of them live ten minutes away. They send money. And advice. Mostly advice. #speaker:Tariq
So it's me. And Samira. And it's not even her dad. #speaker:Tariq
He rubs his thumb along the edge of the phone. #cue
I haven't been to Friday prayers in a year. I can't leave him. I pray at home, it's fine, God knows where I am. But I miss it. The standing with people. #speaker:Tariq
Oh, love, you need a carer's assessment. You're entitled. And you want to get your brothers round the table and tell them straight, I'll give you the number for... #speaker:Bev
{bev > 0:
    Bev stops herself, mid-sentence, and looks at you. #cue
}
Here it comes. Ring this. Tell them that. #thought
* [Bev's right, actually, Tariq. A carer's assessment would be a really good start, and it sounds like a meeting with your brothers is overdue too. #rubric:power.awareness-of-imbalance:-1 #rubric:power.client-voice:-1 #rubric:power.influence-on-decisions:-2 #feedback:Both suggestions may be sound, but from the facilitator they land as instructions, and they confirm what Tariq has just said he came to get away from: being told what to do. The group follows your lead into fixing him. Ask what he wants from the group before anyone advises.]
    ~ bond -= 1
    Yeah. Maybe. #speaker:Tariq
    He takes the number, folds it, and puts it in his jacket with the rest of the advice. #cue
* [That sounds incredibly hard, Tariq. A year without Friday prayers, without standing with people. What has that been like for you? #rubric:power.awareness-of-imbalance:0 #rubric:power.client-voice:+1 #rubric:power.influence-on-decisions:0 #feedback:A warm reflection of what clearly matters most to him, and he feels heard by you. But Bev's advice is left hanging in the air, and the group stays a set of separate conversations with the facilitator. Hold the advice and let the members answer him too.]
    ~ opened = true
    Yeah. #speaker:Tariq
    He nods, once. Bev finishes writing the number and slides it across to him. #cue
* [Bev, hold that number a minute. What do the rest of you hear in what Tariq's just said? #rubric:power.awareness-of-imbalance:+2 #rubric:power.client-voice:+2 #rubric:power.influence-on-decisions:+1 #feedback:Tariq has just said he came partly to speak without being told what to do, and the advice has started before anyone has heard him. You hold the member who rushes to fix, without dismissing her care, and turn the group from advice to understanding. Advice can come later, if he asks for it.]
    ~ opened = true
    ~ bond += 1
    ~ goal += 1
    Alan clears his throat. #cue
    I heard a man who hasn't had a proper night's sleep in a year and a half. #speaker:Alan
    I heard the prayers bit. Standing with people. I miss that too. Not church, just... people. #speaker:Jen
    Bev is quiet a long time. #cue
    I heard he's not allowed to be tired. #speaker:Bev
    Tariq looks round at them all, one after another. #cue
    Yeah. That's it. Not allowed. #speaker:Tariq
* [(Let Bev finish, and nod to Tariq that the carer's assessment is worth writing down.) #rubric:power.awareness-of-imbalance:-1 #rubric:power.client-voice:-1 #rubric:power.influence-on-decisions:-1 #feedback:Bev means well and the assessment is genuinely useful. But she is answering a question Tariq did not ask, and the first time he has spoken properly in five weeks ends in a list of numbers. Hold the advice so that the group can hear him first.]
    Bev finishes: the carer's assessment, the number, what to say to the brothers, how to say it. #cue
    Tariq says thank you twice, and looks at the clock. #cue
- -> the_pattern

=== going_early ===
Half an hour in. The talk has moved on to respite, and to the council, and to the woman at the council who said, to Bev, that there was a waiting list for the waiting list.
Tariq looks at his phone and then at you. #cue
I might have to head off early, sorry. I'm on at half five. #speaker:Tariq
He is already reaching for his jacket. #cue
There's no room here anyway. Not for this. #thought
* [Of course, go when you need to. Before you do: I think we moved past you tonight, and I'm sorry for my part. There's room now, if you want it. #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+2 #rubric:autonomy.respecting-choices:+1 #feedback:After the remark went unanswered and the talk moved on, leaving early is a withdrawal marker, and you read it as one without making him stay. You name what happened in the room, own your part, and leave the choice with him. In a group this also shows everyone else that the facilitator notices who is being left out.]
    ~ bond += 1
    Tariq stops, one arm in his jacket. #cue
    He sits back down, slowly. #cue
    {remark != "passed":
        It's not about Jen. People think that, that's all. My dad thinks it too. #speaker:Tariq
    - else:
        It's alright. People think that. My dad thinks it too. #speaker:Tariq
    }
    He won't have carers in. Strangers, washing him. He says, I have three sons. Two of them live ten minutes away and send advice. So it's me. And Samira. #speaker:Tariq
    I haven't been to Friday prayers in a year. #speaker:Tariq
    For a moment the room is very quiet, and nobody fills it. #cue
    ~ opened = true
* [Could you stay till the end, Tariq? It really helps the group when everyone stays, and I'd like you to have the rest of tonight. #rubric:conflict.recognising-rupture:-1 #rubric:conflict.repairing-rupture:-1 #rubric:autonomy.respecting-choices:-2 #feedback:Groups do work better when members stay, but pressing a man who starts work at half five to stay for the group's sake puts the group's needs above his. It also misses why he wants to go. Let him choose, and tell him what you noticed.]
    ~ bond -= 2
    Tariq looks at you for a second. Then he takes his jacket off again and sits with it on his knee. #cue
    Alright. #speaker:Tariq
    He does not say another word until half seven. #cue
* [Before you go, Tariq, you haven't said much tonight. Is there something on your mind? You can say it here, you know. #rubric:conflict.recognising-rupture:+1 #rubric:conflict.repairing-rupture:0 #rubric:autonomy.respecting-choices:-1 #feedback:You notice something is wrong, which matters. But asking him to explain himself at the door, in front of everyone, puts the problem in him rather than in what happened in the room. Own what the group did and leave him free to go.]
    ~ bond -= 1
    ~ left = true
    No. Just tired. #speaker:Tariq
    He zips his jacket. #cue
    He leaves a few minutes later, with a nod to the circle. #cue
* [No problem at all, Tariq, I know you're up early for the bus. Thanks for coming tonight, it's good to have you here, and we'll see you next week. #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-1 #rubric:autonomy.respecting-choices:0 #feedback:Respects his time, but lets him leave with the remark and the interruptions unspoken. A member who starts leaving early in week five is telling the group something, and next week his chair may be empty. Name what happened before he goes.]
    ~ bond -= 1
    ~ left = true
    He nods, and slips out. The door closes softly behind him. #cue
- -> the_pattern

=== the_pattern ===
Forty-five minutes in, Bev is telling the story of Ron and the consultant again, from the beginning.
And she said, Mrs Salter, you've done everything right. And that's when I knew. Because that's what we used to say, on the ward, to the wives. You've done everything right. #speaker:Bev
She hardly pauses. The keys, the car they haven't had since 2019, the social worker's voicemail. #cue
{bev > 0:
    She catches herself once, and laughs, and goes on anyway. #cue
}
Jen catches Alan's eye and raises her eyebrows. Alan looks at the ceiling. #cue
Here we go. #speaker:Alan
He says it under his breath, but not quite under enough. #cue
{
- left:
    Tariq's chair by the door is empty. Earlier, Bev had looked at it and said, was it me, with the falls sensor? and nobody had answered.
- opened:
    Tariq watches the clock above the door. #cue
    She was kind just now. And she's off again. Somebody should say something. #thought
- else:
    Tariq watches the clock above the door. #cue
    The nurse again. Why doesn't anyone say anything? Why doesn't the one running it? #thought
}
* [Bev, I'm going to stop you there. You've had quite a lot of the time tonight, and I think others have been waiting. Shall we hear from someone else? #rubric:power.awareness-of-imbalance:+1 #rubric:trust.safety-for-openness:-2 #rubric:power.client-voice:0 #feedback:Honest about the imbalance, but said like this it puts all of it on Bev, in front of the people who were rolling their eyes at her. The group learns that the person who takes up too much room gets publicly corrected, and the quieter members learn that being seen is dangerous. Speak to the group and start with yourself.]
    ~ bev -= 2
    Bev's face closes like a door. #cue
    Right. I'll keep quiet, then. #speaker:Bev
* [(Let it go. There's only half an hour left, and the consultant's word clearly still needs telling.) #rubric:power.awareness-of-imbalance:-2 #rubric:trust.safety-for-openness:-1 #rubric:power.client-voice:-1 #feedback:Letting it go keeps the peace tonight, and Bev's story matters. But the eye-rolling is the group doing what you have not: managing Bev behind her back. Left alone, a subgroup forms and someone eventually snaps. Name what is happening while it can still be talked about.]
    ~ bev -= 1
    Two minutes later Jen snaps. #cue
    Some of us would like a turn, Bev. #speaker:Jen
    Bev stops as if she has been slapped. #cue
    Well! #speaker:Bev
* [(Catch Bev's eye and raise a hand slightly.) Can I just pause you there for a second, Bev? I'd like to see where everyone else is. #rubric:power.awareness-of-imbalance:+1 #rubric:trust.safety-for-openness:0 #rubric:power.client-voice:0 #feedback:Gentle and discreet, and it stops the story without a public rebuke. But it deals with the symptom, Bev talking, not with what is happening in the group: the eye-rolling, the silence of the others, your own part. The group learns that the facilitator manages Bev, not that everyone shares the room.]
    Bev stops. Her face goes pink. #cue
    Sorry. I do go on. Ron says it too. #speaker:Bev
* [Can I say something about us tonight? It's easier for some of us to get a word in than others, and I've had a part in that. What's it been like? #rubric:power.awareness-of-imbalance:+2 #rubric:trust.safety-for-openness:+2 #rubric:power.client-voice:+1 #feedback:Alan's here we go means the group has started managing Bev behind her back. A process comment that speaks to the whole group, starts with your own part as the person with the most power in the room, and singles nobody out makes the eye-rolling something the group can talk about rather than act out, and it invites the quieter members in without naming them.]
    ~ task += 1
    There is a pause. Then Bev puts her cup down. #cue
    Is that aimed at me? #speaker:Bev
- -> holding_bev

=== holding_bev ===
Bev looks round the circle, and for a moment her voice is not steady. #cue
If I'm too much, just say so. Ron says it. The girls on the ward used to say it. Bev, give it a rest. #speaker:Bev
She tries to laugh. It does not quite come off. #cue
{
- left:
    Beside her, the chair by the door is empty.
- opened:
    Tariq is watching her. #cue
    She's not laughing. Not really. #thought
- else:
    Tariq looks at the floor. #cue
    Not my business. #thought
}
* [I wonder if you know you've been talking quite a lot tonight, Bev? I think part of you does. Maybe it's something to notice, rather than to worry about. #rubric:trust.active-listening:-1 #rubric:conflict.repairing-rupture:-2 #rubric:trust.safety-for-openness:-1 #feedback:Honest, and meant gently, but she has just shown you that she is frightened, and you answer the words rather than the fear. The others learn that showing the group your most exposed moment gets you corrected. Reflect the feeling before anything else.]
    ~ bev -= 2
    Bev nods, twice, and looks at the flipchart. #cue
    Fair enough. #speaker:Bev
* [You're not too much, Bev. You often get us started when nobody else can. I wonder if it's hard for you when it goes quiet? #rubric:trust.active-listening:+2 #rubric:conflict.repairing-rupture:+2 #rubric:trust.safety-for-openness:+1 #feedback:She has just offered the group her most exposed moment. You hold her with respect: you name what her talking gives the group, and then you wonder aloud, tentatively, what it might also do for her. Bev can hear it without being shamed, and the others see that the person who takes up room is not cast out for it.]
    ~ bev += 2
    ~ bev_told = true
    Bev is quiet. Nobody fills it. #cue
    When it goes quiet, I hear her. The consultant. Placement. #speaker:Bev
    Thirty-eight years I put other people's husbands in homes. Kindly. Sensibly. And now it's mine. #speaker:Bev
    Jen reaches over and puts a hand on her arm. Alan passes her the biscuits, which makes her laugh properly. #cue
    {opened and not left:
        My dad says the same word. Home. Like it's the worst one there is. #speaker:Tariq
        Bev looks at him for a long moment and nods. #cue
    }
* [Does anyone want to say how it's been for them tonight, listening to Bev? It might help all of us to hear it. #rubric:trust.active-listening:-2 #rubric:conflict.repairing-rupture:-2 #rubric:trust.safety-for-openness:-2 #feedback:Inviting feedback between members can be powerful in a group, but not to a member who has just shown her most exposed moment, and not about her alone. This hands the group permission to pile on. Hold her first, and speak about the group, not about one person.]
    ~ bev -= 2
    Nobody speaks. Jen looks horrified. Alan coughs. #cue
    Bev picks up her handbag and holds it on her knee. #cue
* [No, no, not at all, Bev. You're fine, honestly; you bring so much experience to this group, and we'd be lost without you. #rubric:trust.active-listening:-1 #rubric:conflict.repairing-rupture:-1 #rubric:trust.safety-for-openness:0 #feedback:Kind and quick, but false: everyone in the room has just watched the imbalance, and they know it is not quite fine. Bev is soothed for a minute and learns nothing she can use, and the others learn that the facilitator will not say what is true.]
    Bev nods, unconvinced. Jen looks at the ceiling. #cue
- {left: -> closing}
-> jen_sorry

=== jen_sorry ===
{bev_told:
    There is a pause, the first easy one of the evening.
- else:
    There is a pause. Nobody looks at Bev.
}
Then Jen turns in her chair, towards the door. #cue
Tariq. What I said before, about your family. I'm sorry. I didn't think. #speaker:Jen
I just hear big family and I think, well, they'll be alright. And that's what everyone says about me, isn't it? She's got the school, she'll be alright. #speaker:Jen
She twists her scarf in her hands. #cue
Everyone is looking at Tariq. #cue
{
- remark == "explored" or remark == "named":
    She's said it twice now. Just say it's fine. #thought
- else:
    Nobody said anything when she said it. Now I'm supposed to say it's fine. #thought
}
* [Thank you, Jen, that took courage. Let's not go back over it now, though; we're nearly out of time, and I want us to end well. #rubric:power.cultural-humility:-1 #rubric:trust.safety-for-openness:-1 #rubric:autonomy.respecting-choices:0 #feedback:Thanking her is right and watching the clock is part of the job, but closing a member's apology tells the group that what happened with the remark is not to be talked about. Receive it briefly, and say you will come back to it.]
    Jen subsides. Tariq lets out a breath, and it is hard to tell whether it is relief. #cue
* [It's fine, Jen, really. Nobody here thinks you meant anything by it, and I'm sure Tariq knows that too. You were being kind. #rubric:power.cultural-humility:-2 #rubric:trust.safety-for-openness:-1 #rubric:autonomy.respecting-choices:-1 #feedback:Kind to Jen, but you have answered on Tariq's behalf, and told the group how he should take a remark about his culture. The person it landed on is the one who gets to say whether it is fine. Let him answer, or let it keep.]
    ~ bond -= 1
    Tariq says nothing. He looks at you for a second, then at the flipchart. #cue
    Respect difference. #thought
* [Thank you, Jen. Tariq, no need to answer now. It can keep. #rubric:autonomy.respecting-choices:+2 #rubric:trust.safety-for-openness:+2 #rubric:power.cultural-humility:+1 #feedback:Everyone is looking at Tariq, and the apology has put him on the spot to absolve her. You receive it so it does not hang in the air, and you take that pressure off him. Member-to-member repair is some of the most useful work a group does, and it belongs to them, at their pace. Tariq is free to answer, to wait, or to say it stung.]
    ~ bond += 1
    ~ goal += 1
    ~ jen_heard = true
    Tariq looks at Jen for a moment. #cue
    {opened:
        It stung a bit. But you're right, people say it about you too. Nobody's alright. We just look it. #speaker:Tariq
        Jen laughs, wetly. Bev says, hear hear. #cue
    - else:
        I'll think about it. #speaker:Tariq
        He says it without edge. Jen nods, as if that were fair. It is. #cue
    }
* [Tariq, would you like to tell Jen how it made you feel? It might help you both to clear the air before we finish. #rubric:autonomy.respecting-choices:-2 #rubric:trust.safety-for-openness:-1 #rubric:power.cultural-humility:-1 #feedback:Repair between members is worth having, but with everyone looking at him this becomes a demand, and Tariq must now either perform his hurt or cover it. Either way the feelings are produced on the facilitator's timetable. Let the apology land and leave him free to answer.]
    ~ bond -= 1
    It's fine. It made me feel fine. #speaker:Tariq
    He gives Jen a small smile that does not reach anywhere. #cue
- -> closing

=== closing ===
Twenty-five past seven.
{
- left:
    Tariq's chair is still empty.
- opened and bond >= 2:
    Tariq has not looked at the clock for a while. #cue
- else:
    Tariq has his jacket on his knee. #cue
}
It has been a hard session. Nobody is quite sure how to end it.
* [Right, we're out of time, and I think we've all done enough for one night. Thank you, everyone, for being so honest with each other. If anyone wants a word, I'm here after. See you next week. #rubric:trust.safety-for-openness:-1 #rubric:conflict.time-and-space:-1 #rubric:autonomy.respecting-choices:0 #feedback:Keeping to time matters in a group, and the thanks are sincere. But ending on the bell after a remark, a rupture and a near walkout leaves every member to take it home alone. Name what happened, say you will come back to it, and close with a round.]
    {left:
        Chairs scrape. Bev is first out of the door.
    - else:
        Chairs scrape. Tariq is first out of the door. #cue
    }
* {not left} [(After the group, catch Tariq in the corridor.) Have you got a minute? I wanted to check how tonight was for you. #contested #rubric:trust.safety-for-openness:+1 #rubric:conflict.time-and-space:+1 #rubric:autonomy.respecting-choices:+1 #feedback:A quiet word with the member who took the remark can make him feel that someone noticed, and many facilitators would do it, particularly where a member has been targeted for his culture or faith. Others would say it creates a private channel with one member, takes group material out of the group, and teaches the group that difficult things are sorted out in corridors. If you do it, keep it brief and bring it back into the room next week.]
    ~ bond += 1
    ~ corridor = true
    You close the session on time. In the corridor, Tariq stops, car keys already in his hand.
    {
    - opened and bond >= 3:
        It was alright. Better than alright. #speaker:Tariq
    - opened:
        Some of it was alright. #speaker:Tariq
        He looks at the door to the car park. #cue
        Thanks for asking. #speaker:Tariq
    - else:
        It's fine. Honestly. #speaker:Tariq
        He looks at the door to the car park, and then back at you. #cue
        Thanks for asking, though. #speaker:Tariq
    }
* {left} [(After the group, ask the service office to send Tariq the usual message between sessions, and add a line from you saying you noticed tonight was hard and hope to see him next week.) #contested #rubric:trust.safety-for-openness:+1 #rubric:conflict.time-and-space:+1 #rubric:autonomy.respecting-choices:+1 #feedback:Reaching out through the service's usual channel, briefly and without pressure, can be what brings a member back after a night when he was left out, and many facilitators would do it. Others would say a personal note singles out one member between sessions and that the repair belongs in the room with everyone. If you send it, keep it short, leave the choice with him, and bring it back to the group.]
    ~ bond += 1
    You close the session on time, and leave a note for the office before you lock up.
* {not left} [Let's go round once before we finish. Tariq, shall we start with you this time, since we didn't get to hear much from you earlier? #rubric:trust.safety-for-openness:-1 #rubric:conflict.time-and-space:0 #rubric:autonomy.respecting-choices:-2 #feedback:Meant to make up for the evening, but it singles him out once more, for the quiet he was entitled to, and puts him first when he has least wish to be. The agreement says it's OK to pass, and starting with him makes passing hard. Let him come to the round in his own time.]
    ~ bond -= 1
    Tariq looks at the door. #cue
    I'm alright. Pass. #speaker:Tariq
    Then the others go round, carefully, as if someone had raised their voice.
* {left} [Let's go round once before we finish. Jen, shall we start with you, since the comment about Tariq's family came from you? #rubric:trust.safety-for-openness:-1 #rubric:conflict.time-and-space:0 #rubric:autonomy.respecting-choices:-2 #feedback:You want the remark accounted for, which is understandable, but calling on Jen to answer for it in front of the group, with Tariq gone, turns repair into a public trial. She has no choice about going first, and the others learn that the round is where people get held to account. Name what happened as the group's, and let people speak in their own time.]
    Jen's eyes fill. #cue
    I know. I know. I'm sorry. #speaker:Jen
    Then the others go round, carefully, as if someone had raised their voice.
* [Before we stop: tonight had hard moments, the comment about Tariq's family among them, and I let some of us get talked over. Let's return to it next week. A word each to close? Anyone can pass. #rubric:trust.safety-for-openness:+2 #rubric:conflict.time-and-space:+2 #rubric:autonomy.respecting-choices:+1 #feedback:After a remark, a rupture and a near walkout, you name what happened without blaming anyone, take your own share, promise to come back to it rather than forcing a resolution in the last five minutes, and close with a round in which passing is real. The group ends with its agreement renewed rather than broken.]
    ~ task += 1
    ~ goal += 1
    Tired. Glad I came. #speaker:Alan
    Sorry. And glad. Both. #speaker:Jen
    {
    - bev_told:
        Lighter. Don't know why. #speaker:Bev
    - bev < 0:
        Fine. #speaker:Bev
        She says it in the voice of someone who is not. #cue
    - else:
        Tired. Same as everyone. #speaker:Bev
    }
    {
    - left:
        Nobody looks at the empty chair, and everybody does.
    - opened:
        Tariq is last. He takes a breath. #cue
        Heard. #speaker:Tariq
        That's it. Heard. #speaker:Tariq
    - else:
        Tariq is last. #cue
        Pass. #speaker:Tariq
        He says it easily, as if it were allowed. It is. #cue
    }
- -> ending

=== ending ===
{bond <= -3: -> empty_chair}
{bev <= -2: -> bev_leaves}
{opened and bond >= 2 and bev >= 0: -> every_voice}
-> still_in_the_circle

= every_voice
Tariq holds the door for Alan on the way out, and the two of them stand talking by the bus stop longer than either of them needs to.
{bev_told:
    Bev stays behind to stack the chairs, and for once she does it without talking.
}
{remark == "named" and not jen_heard:
    Jen catches Tariq at the door and says sorry again, properly this time, and he tells her she has nothing to be sorry for, and then, after a moment, that it stung.
}
At home, Samira is waiting up. He tells her he said something tonight. She asks what. He says he'll tell her at the weekend, and means it.
The next Tuesday he takes the chair next to Alan, not the one by the door.
In supervision you talk about Jen's remark, about Bev, and about how much power in the room was yours to use or to leave lying on the floor. #ending:Room for every voice
-> END

= bev_leaves
{
- left:
    Tariq has long gone.
- opened and bond >= 2:
    Tariq leaves lighter than he came in. On the bus home he thinks about Friday prayers, and whether his brother could sit with Abbu for an hour.
- else:
    Tariq leaves quickly, as he always does.
}
The next Tuesday, Bev's chair is empty. The chairs are not set out when you arrive, and nobody has brought biscuits.
A week later the service receives a short, polite email. Mrs Salter thanks the facilitators for the group and does not feel it is for her. Her husband's needs have increased. She will not be coming back.
The group is quieter without her. It takes you some time to decide whether that is better. #ending:One voice for another
-> END

= empty_chair
{
- left:
    Tariq has been gone an hour by the time you lock up.
- corridor:
    Tariq goes out to the car park without looking back.
- opened:
    Tariq leaves before the others, with a nod to the circle.
- else:
    Tariq leaves without looking back.
}
The next Tuesday his chair by the door is empty. On Wednesday the service gets a text: Sorry, shift change, can't make the rest. Thanks for everything.
Bev says it's a shame, he seemed a nice lad. Jen wonders aloud whether it was something she said. Nobody answers her.
In supervision your supervisor asks, gently, what the group taught Tariq about whether there was room for him. You take a long time to answer. #ending:An empty chair
-> END

= still_in_the_circle
Everyone comes back the next week. The chairs are set out; there are biscuits.
{opened:
    Tariq sits by the door again, but he takes his jacket off, and once, when Bev starts on the falls sensor, he says, quietly, Bev, hang on, and she does.
- else:
    Tariq sits by the door again, phone face down on his knee. When it is his turn he says fine, thanks, and, a few weeks later, at the last session, something about his father that he has never said before, and then the group is over.
}
Three weeks left. There is still time. There is not much of it. #ending:Still in the circle
-> END
