// You tell me, you're the professional. A power-dynamics scenario.
// Funmi Adeyemi, 56. A single walk-in session. A client who hands the counsellor her decision.

VAR bond = 0
VAR task = 0
VAR goal = 0

VAR steered = ""        // "sell" or "keep": what the counsellor last told her to do
VAR complied = false    // she has taken the counsellor's direction as an order, and it has not been handed back
VAR invited = false     // the counsellor invited her questions
VAR assumed = ""        // "tunde" or "instagram": the counsellor put their own assumption onto her family
VAR turned = false      // she has named what the shop means, and begun to speak as the one who knows
VAR doors = false       // she has heard, with permission, what other options there might be
VAR left_early = false  // she got up to go before the hour was half over
VAR door_repair = false // the counsellor asked her to sit down again and heard what had gone wrong

-> arrival

=== arrival ===
Wednesday, ten past ten. The Wellbeing Hub on the first floor of Northgate Health Centre: two soft chairs, a low table, a box of tissues, a window onto the car park.
On Wednesday mornings the Hub runs a walk-in clinic. One conversation of fifty minutes, no waiting list, and the option of booking more through the talking therapies service afterwards. You are three months into your placement, and your supervisor is down the corridor.
The slip from the GP says: Olufunmilayo Adeyemi, 56. Stress, poor sleep. Needs to make a decision.
She comes in wearing a navy work tabard with Station Road Launderette stitched over the pocket, her handbag held in front of her in both hands. She does not sit down.
Good morning. Where do you want me, doctor? #speaker:Funmi
She looks from one chair to the other, and then at you, waiting to be placed. #cue
I have to be back by twelve. My son is minding the shop, and he forgets the service washes. #speaker:Funmi
Sit where they tell you. Answer what they ask. Don't waste the doctor's time. #thought
* [Whichever chair you like. Before we start, I'll explain how this hour works, and then you can tell me your hopes for it. #rubric:power.awareness-of-imbalance:+2 #rubric:autonomy.collaborative-goals:+2 #rubric:trust.clear-expectations:+2 #feedback:She called you doctor and stood waiting to be told where to sit. You hand even that back to her, then explain the frame and ask for her agenda. With a client who had sat straight down and started talking, this would be a needless interruption; with Funmi it answers the question she did not ask, what the rules are here.]
    ~ bond += 1
    ~ task += 1
    She takes the chair nearer the door and perches on the front of it. #cue
    You tell her how it works. Fifty minutes, today only unless she wants more. You are a counsellor in training, and you talk your work over with a supervisor. What she says stays within the service unless someone is at serious risk. And nothing gets decided for her.
    Nothing decided for me. Hm. #speaker:Funmi
    What I would like to get out of it? I would like you to tell me what to do. But go on. #speaker:Funmi
* [Please, have a seat anywhere you like. It's good to meet you. What brings you in to see us this morning? #rubric:power.awareness-of-imbalance:0 #rubric:autonomy.collaborative-goals:+1 #rubric:trust.clear-expectations:0 #feedback:Warm and open, and the question lets her begin where she likes. But she was waiting to be placed and has no idea what a walk-in session is, and neither gets noticed. A sentence on how the hour works, and whose hour it is, would have steadied her.]
    She sits on the edge of the nearer chair, the bag on her knees. #cue
    What brings me. The number 14 bus brings me. #speaker:Funmi
    She smiles briefly at her own joke, then glances at your clipboard. #cue
* [Take that one by the window, it's the comfier one. I've read Dr Okafor's note, so shall we start with your sleep? #rubric:power.awareness-of-imbalance:-1 #rubric:autonomy.collaborative-goals:-2 #rubric:trust.clear-expectations:0 #feedback:Efficient and kind in tone, but you accept the placing she offered you and set the agenda from the GP's letter. Funmi learns that here, as in every other office, the professional decides. Ask what she wants from the hour before choosing where to start.]
    ~ task -= 1
    She sits where you pointed, straight-backed. #cue
    My sleep. Yes. I sleep from eleven until three. Then I do the figures. #speaker:Funmi
    She waits for the next question, hands folded on the bag. #cue
* [Oh, I'm not a doctor, just so you know, I'm a counsellor in training. Please, do sit down wherever you're comfortable. #rubric:power.awareness-of-imbalance:-1 #rubric:trust.clear-expectations:+1 #rubric:autonomy.collaborative-goals:0 #feedback:Being accurate about your role matters, and she does need to know it. But as the very first thing you say, it lands as a correction, and Funmi, already unsure of the rules here, hears that she has got one wrong. Explain your role inside a welcome to how the hour works.]
    She sits down quickly. #cue
    Sorry. Counsellor. Sorry. #speaker:Funmi
    Wrong already, and I haven't even sat down. #thought
- -> the_question

=== the_question ===
She sets out the situation like someone giving a statement she has rehearsed on the bus.
The launderette on Station Road. Eighteen years. Washes, service washes, dry cleaning, alterations. #speaker:Funmi
The lease finishes in March. The landlord wants nearly double. And a company with launderettes in six towns has offered to buy the business. A fair price. Not a wonderful price. #speaker:Funmi
My husband Tunde had a heart attack in May. He is fine now, thank God, but the doctor says slow down. He wants to sell, and spend half the year in Ibadan, finishing the house we have been building for twenty years, one block at a time. #speaker:Funmi
My daughter Kemi is a solicitor in Leeds. She says, Mummy, sell, it's a no-brainer. My son Dayo does the service washes and wants to take over. He has ideas. An app. #speaker:Funmi
She raises her eyebrows at the word app. #cue
Three months I am thinking. I wake at three o'clock and do the figures in my head. My blood pressure is up. Dr Okafor said, talk to someone. So. #speaker:Funmi
She puts both hands flat on the bag. #cue
So. You tell me. Sell or keep. You are the professional. You have seen many people like me. #speaker:Funmi
Just say it. One word. Then I can sleep. #thought
* [I won't choose for you; you'll live with it, not me. But I won't leave you on your own with it either. Come twelve, how will you know this hour was worth it? #rubric:power.influence-on-decisions:+2 #rubric:trust.clear-expectations:+2 #rubric:autonomy.collaborative-goals:+2 #feedback:She has asked a direct question and deserves a direct answer. You say plainly what you will and will not do, and then hand her the agenda, so that the decision stays with the person who will live with it and the hour is measured by her. A dodge or a verdict would each have answered a different question from the one she asked.]
    ~ task += 1
    ~ goal += 1
    She frowns, not crossly, the way she might at a stain she hasn't seen before. #cue
    Worth leaving the shop for. #speaker:Funmi
    To sleep past three. And to know that I decided properly. Not in a panic, not because everybody is shouting at me. #speaker:Funmi
    She nods, like a customer who has finally been asked the right question. #cue
    Properly. Yes. Write that down. #speaker:Funmi
* [Before we get to the decision, I'd like to understand a bit more about how you've been. Three months of waking at three is a long time. How has your sleep been? #rubric:power.influence-on-decisions:0 #rubric:trust.clear-expectations:-1 #rubric:autonomy.collaborative-goals:-1 #feedback:Gathering more is sensible, and her sleep matters. But you step past a direct question without saying so, and she is left wondering whether you heard it. Name her question and what you will do with it before you move on.]
    Bad. Eleven until three, then the figures. That is why I need the answer. #speaker:Funmi
    She taps the bag, once. #cue
* [I'm afraid counselling doesn't quite work that way, Funmi. I can't make the choice for you, but I can help you explore your feelings about it. #rubric:power.influence-on-decisions:+1 #rubric:trust.clear-expectations:0 #rubric:autonomy.collaborative-goals:-1 #feedback:The decision does stay with her, which is right. But it is said as a rule, and exploring her feelings is no use to a woman who wants a plan. Funmi is left holding the same problem she walked in with, now with a rule attached. Say what you can offer in terms she can use.]
    ~ bond -= 1
    Then what is it for? #speaker:Funmi
    She says it without rudeness, genuinely puzzled. #cue
    Dr Okafor said talk. So I am talking. #speaker:Funmi
* [Honestly, from what you've said, with Tunde's heart and the rent nearly doubling, selling sounds like the sensible choice. Does that fit with what you think? #rubric:power.influence-on-decisions:-2 #rubric:trust.clear-expectations:-1 #rubric:autonomy.collaborative-goals:-1 #feedback:It is what she asked for, it may even be sensible, and you do ask what she thinks. But you have settled her business and her family's future on ten minutes' hearing, and Funmi defers to professionals by long habit, so your view will land as an instruction and the question as a formality. The codes ask you to inform rather than steer, and to leave life choices with the client.]
    ~ steered = "sell"
    ~ complied = true
    -> compliance ->
- -> sorry

=== compliance ===
{steered == "sell":
    Sell. #speaker:Funmi
    She nods, quickly, several times. #cue
    Yes. That is what Kemi says. You are right. #speaker:Funmi
- else:
    Keep it. Give it to Dayo. #speaker:Funmi
    She nods, quickly, several times. #cue
    Yes. Dayo will be happy. You are right. #speaker:Funmi
}
She takes out her phone and begins a message to Tunde with one finger. #cue
{compliance > 1:
    Her face has gone smooth and polite, the face she wears at the bank. #cue
}
Settled. By somebody with a clipboard I met this morning. So why does it feel like the Home Office, saying yes, yes, to everything? #thought
+ [Good. It sounds like a weight off your shoulders, after three months of doing the figures at three in the morning. #rubric:power.awareness-of-imbalance:-2 #rubric:power.influence-on-decisions:-2 #rubric:conflict.recognising-rupture:-2 #feedback:A warm reflection of relief, and she may well feel some. But you take her agreement at face value when it looks like compliance. Funmi will go home with a decision that is yours, and carry it out because a professional said so. A supervisor would ask what you made of how fast she agreed.]
    ~ goal -= 1
    Yes. A weight. #speaker:Funmi
    She sends the message. #cue
+ [You seem relieved, and you've also gone very quiet. What's happening for you just now, as you write to Tunde? #rubric:conflict.recognising-rupture:+2 #rubric:power.awareness-of-imbalance:+1 #rubric:power.influence-on-decisions:0 #feedback:You noticed the change in her and invited her to say what it is, which is the first half of repair. You have not taken back the direction you gave, though, so she is free to say how it felt while the decision still has your name on it.]
    ~ bond += 1
    ~ complied = false
    She looks at the phone, then at you. #cue
    Relieved. And also like I am at the Home Office in 1998, saying yes sir to a man behind glass. #speaker:Funmi
    She puts the phone away, unsent. #cue
    Let me think about it. Myself. #speaker:Funmi
+ [Funmi, before you send that. I gave you an order, in effect, and you agreed in seconds. I'd rather hear your own view. #rubric:power.awareness-of-imbalance:+2 #rubric:power.influence-on-decisions:+2 #rubric:conflict.recognising-rupture:+2 #feedback:She agreed in seconds and is already typing to Tunde: quick, smooth agreement with a professional is a withdrawal marker. You catch it, own your part in it, and ask for her view. Had she pushed back or weighed it aloud, this would be unnecessary; here it takes back the steer before compliance passes for agreement.]
    ~ complied = false
    ~ bond += 1
    Her finger stops over the screen. #cue
    What I really think? #speaker:Funmi
    She turns the phone face down on her knee. #cue
    Nobody asks that in the offices. You answer what they ask, and you say thank you. #speaker:Funmi
    What I really think is that I don't know yet. That's why I came. #speaker:Funmi
+ [Of course, that's only my opinion, Funmi. You don't have to do it; it's entirely your decision, yours and Tunde's. Does that sound fair? #rubric:power.awareness-of-imbalance:0 #rubric:power.influence-on-decisions:+1 #rubric:conflict.recognising-rupture:0 #feedback:A step back, and formally the decision is hers again. But a disclaimer does not undo an instruction from someone she sees as the professional, and she keeps the opinion as an order. Say out loud how quickly she agreed, and ask what she thinks.]
    No, no. You are the professional. #speaker:Funmi
    She finishes typing and sends it. #cue
- ->->

=== sorry ===
{complied:
    She speaks more carefully now, as if giving evidence. #cue
}
She tells you about the shop without being asked: Mr Haddad's six white shirts every Tuesday, the students who shrink their jumpers in September, the wedding dresses she won't touch and the christening gowns she will.
Dayo wants to put codes on the machines, for the phone. The old ladies can't find the coin slot, and he wants codes. #speaker:Funmi
She shakes her head, but she is smiling. #cue
Halfway through a sentence about a man and a duvet she stops.
Sorry. I'm talking too much. You are busy. #speaker:Funmi
She nods at your clipboard. #cue
Ask me your questions. You must have a form. #speaker:Funmi
Answer their questions properly and they will help you. That is how it works with professionals. #thought
* [No, no, don't apologise, you're not talking too much at all. This is your time. Please, carry on with the man and the duvet. #rubric:power.client-voice:0 #rubric:power.awareness-of-imbalance:0 #rubric:trust.safety-for-openness:+1 #feedback:Kind, and it tells her she is welcome to keep talking. It misses the chance to invite her questions, though, and the roles stay as she set them: she talks, you judge.]
    You are kind. #speaker:Funmi
    She carries on, but in shorter sentences, keeping an eye on the clock above the door. #cue
* [You're not talking too much, Funmi, and the form can wait. Is there anything you'd like to ask me, about me or about how this works? #rubric:power.client-voice:+2 #rubric:power.awareness-of-imbalance:+2 #rubric:trust.safety-for-openness:+1 #feedback:She apologises for taking up room and offers herself up for assessment: ask me your questions, you must have a form. You turn it round: her questions are welcome too. The article asks therapists to make it safe for clients to ask when something does not make sense, and this offers partnership, not just permission to keep talking.]
    ~ invited = true
    ~ bond += 1
    She looks at you for a long moment, as if you had offered her a discount she doesn't quite trust. #cue
    Anything? #speaker:Funmi
* [I notice you've apologised a few times already, Funmi. I wonder whether you feel you have to earn your place in here? #rubric:power.awareness-of-imbalance:+1 #rubric:power.client-voice:0 #rubric:trust.safety-for-openness:-1 #feedback:You have noticed the deference, which matters. But an interpretation this early, from someone she has just met, lands as a diagnosis. She hears that even her politeness is being assessed. Make room for her voice before you comment on how she uses it.]
    Earn my place? I pay my taxes. #speaker:Funmi
    She laughs, a short laugh. #cue
    Now I'm being analysed. #thought
* [Thanks, yes, there are a few things I need to ask. On a scale of one to ten, how stressed would you say you've felt this week? #rubric:power.client-voice:-1 #rubric:power.awareness-of-imbalance:-2 #rubric:trust.safety-for-openness:-1 #feedback:Measures have their place, but here you take up exactly the role she handed you: the professional with the form, the client who answers. Funmi's apology goes unnoticed and the conversation becomes an assessment. Notice the deference before you use it.]
    ~ task -= 1
    Eight. No, nine. Put eight. #speaker:Funmi
    She watches your pen as you write. #cue
    Good. Give the right answers. #thought
- -> her_question

=== her_question ===
{invited:
    Since you are asking. #speaker:Funmi
    She looks at you properly for the first time, the way she looks at a customer who says the stain was there before. #cue
- else:
    Can I ask you something? Forgive me. #speaker:Funmi
}
How old are you? And have you ever run a business? Signed a lease? Done the VAT at midnight? #speaker:Funmi
{not invited:
    She presses her lips together, as if she has said too much. #cue
}
If this child has never paid a wage, how can they tell me what to do with mine? #thought
* [My parents ran a corner shop when I was growing up, so I do know a little. My dad opened at six every day for twenty years, and I did the stock with him. #rubric:boundaries.self-disclosure:-2 #rubric:power.client-voice:-2 #rubric:power.awareness-of-imbalance:-1 #feedback:Meant to show you understand, but the story takes her question and turns the hour towards you. Funmi, polite and curious, will spend the next minutes asking about your father, and will take the likeness as a reason to let you decide for her. Keep any disclosure to a sentence and hand the hour back.]
    She softens at once. #cue
    A corner shop! Then you know. Six o'clock, every day. #speaker:Funmi
    For a few minutes she asks about your father, and the clock moves on. #cue
    So this one understands. Maybe this one will just tell me. #thought
* [I'm a counsellor in training, on placement here, with a qualified supervisor. Is there anything else you'd like to know? #rubric:power.client-voice:+1 #rubric:power.awareness-of-imbalance:+1 #rubric:boundaries.self-disclosure:+1 #feedback:Honest and useful, and she has a right to know it. But it answers a different question from the one she asked, about your age and whether you know her world, and it leaves out what the question meant to her.]
    In training. OK. #speaker:Funmi
    She nods slowly. #cue
    That's not what I asked. But OK. #speaker:Funmi
* [That's a fair thing to wonder, Funmi, and I can see why you'd ask. But we're here to talk about you today, not me. Shall we go back to the shop? #rubric:power.client-voice:-2 #rubric:power.awareness-of-imbalance:-1 #rubric:boundaries.self-disclosure:-1 #feedback:Keeping the focus on her is the right instinct, and you call the question fair. But this still closes it without answering. Funmi, who has spent twenty-five years being told what she may and may not ask in offices, hears it again here. Answer briefly, or decline warmly, and ask what the question means to her.]
    ~ bond -= 1
    Of course. #speaker:Funmi
    Her hands go still on the bag. #cue
    There it is. The glass. #thought
* [Younger than you, by a fair bit. And no, never; you know far more about leases than I do. I know about thinking decisions through. Does my age worry you? #rubric:power.client-voice:+2 #rubric:power.awareness-of-imbalance:+2 #rubric:boundaries.self-disclosure:+1 #feedback:She asked two plain questions, and you answer both, briefly, then split the expertise honestly: hers on the shop, yours on deciding. Then you ask what it means to her. Funmi hears that questions about you are allowed, and the imbalance is named without fuss.]
    ~ bond += 1
    She laughs, a proper laugh this time. #cue
    Worry me? My GP is younger than my son. #speaker:Funmi
    No. I like that you said no. Everybody in these offices pretends to know everything. #speaker:Funmi
    So. You know about deciding. I know about the shop. Good. #speaker:Funmi
- -> family

=== family ===
{complied:
    Her phone buzzes. Tunde has replied to her message with a thumbs up. She shows you, without comment. #cue
}
She turns her wedding ring while she talks. #cue
Tunde says, it's your shop, you decide. Kemi says sell. Dayo says keep. My mother in Ibadan says, ask the pastor. The pastor says, pray. #speaker:Funmi
I have prayed. God has not answered yet. So I came to you. #speaker:Funmi
She laughs, and then doesn't. #cue
In our family the husband decides the big things. That is how I was raised. And now my husband won't decide. Everybody is handing me the decision like a hot pot. #speaker:Funmi
Kemi says I am enmeshed. She learned it at university. I looked it up. It means I love my family too much. #speaker:Funmi
And I know what you will say. You counsellors. What do you want, Funmi? Put yourself first. My daughter reads these things on Instagram and sends them to me. #speaker:Funmi
Go on. Say it. Then I'll know you're like the rest. #thought
* [Everyone's handing you the hot pot, and nobody will hold it with you. That sounds lonely, Funmi, and a bit maddening too. #rubric:trust.active-listening:+2 #rubric:power.cultural-humility:0 #rubric:autonomy.no-imposed-values:0 #feedback:An accurate, warm reflection in her own words, and she feels heard. It does not take up her challenge about what counsellors believe, or ask how decisions are made in her family, so the cultural question stays in the air.]
    ~ bond += 1
    Maddening. Yes. That's the word. #speaker:Funmi
    She nods at you, as if you have passed something. #cue
    Everybody loves me, and nobody will hold the pot. #speaker:Funmi
* [Well, it is your shop, Funmi, and you've given it eighteen years. I do think it matters what you want here, not only what Tunde and Kemi and Dayo want. #rubric:power.cultural-humility:-1 #rubric:autonomy.no-imposed-values:-2 #rubric:trust.active-listening:0 #feedback:She told you what she feared you would say, and you said it. Putting herself first may be a good idea in your world, but in hers it can sound like selfishness, and it is your value, not one she has asked for. Ask how decisions are made in her family before offering a frame of your own.]
    ~ assumed = "instagram"
    ~ bond -= 1
* [It sounds as if Tunde is leaving you to carry all of the responsibility on your own, Funmi. That doesn't seem very fair on you, does it? #rubric:power.cultural-humility:-2 #rubric:autonomy.no-imposed-values:-2 #rubric:trust.active-listening:-1 #feedback:Meant as support, but it is a judgement about a marriage you have heard two sentences about, and it reads her husband through your norms, not hers. Funmi is likely to defend him, and to trust you less with the rest. Ask what his you decide means in their family before deciding what it means.]
    ~ assumed = "tunde"
    ~ bond -= 1
* [Everyone's handing you the hot pot, and you expect me to hand you one more. I'd rather ask: who usually decides something this big in your family? #rubric:power.cultural-humility:+2 #rubric:autonomy.no-imposed-values:+2 #rubric:trust.active-listening:+2 #feedback:She has just predicted what counsellors say, put yourself first, and dared you to say it. You reflect the bind and the challenge, then ask about her family's way of deciding instead of assuming it or replacing it with yours. Funmi hears that her culture and her faith are welcome material here, not obstacles to be corrected.]
    ~ bond += 1
    ~ goal += 1
    She considers it. #cue
    Normally? The family sits. Everybody talks, the oldest talks last, and the husband says the thing. Then everybody agrees with it in front of people, and disagrees in the kitchen. #speaker:Funmi
    She smiles, briefly. #cue
    A good decision is one where nobody is shamed. Where Dayo doesn't think his mother doesn't trust him. Where Tunde doesn't think I chose the shop over his heart. #speaker:Funmi
    She stops. #cue
    Over his heart. I never said that out loud before. #speaker:Funmi
- {assumed != "": -> bristle}
-> doctor

=== bristle ===
{assumed == "tunde":
    Her chin comes up. #cue
    Tunde is a good man. He had a heart attack, he is not lazy. He says, you decide, because it is my shop. That is respect. #speaker:Funmi
    You don't know him. #speaker:Funmi
- else:
    There it is. #speaker:Funmi
    She says it without unkindness, and folds her arms. #cue
    Instagram. #speaker:Funmi
}
I knew it. They mean well, and they don't know us. #thought
* [You're right to say so, and I didn't mean it like that, Funmi. I only meant that your needs matter too, as well as everybody else's. #rubric:conflict.recognising-rupture:+1 #rubric:conflict.repairing-rupture:-1 #rubric:power.cultural-humility:-1 #feedback:You noticed that something went wrong, and you even say she is right to say so, but then you defend what you meant instead of hearing what she heard. Funmi is left to decide whether to argue or give way, and she gives way. Acknowledge your part first, and ask.]
    My needs. Yes. #speaker:Funmi
    She nods politely, arms still folded. #cue
* [It sounds like I touched a nerve there. Can you say a bit more about what came up for you just now? #rubric:conflict.recognising-rupture:+1 #rubric:conflict.repairing-rupture:0 #rubric:power.cultural-humility:0 #feedback:You noticed the change and you invite her to say more, which matters. But touched a nerve places the problem in her sensitivity rather than in what you said. Link the change to your own words, and invite her to correct you.]
    A nerve. #speaker:Funmi
    She looks at you over her glasses. #cue
    No. You touched my husband. #speaker:Funmi
* [That was my assumption, not your family. I'm sorry. Tell me how it really is. #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+2 #rubric:power.cultural-humility:+2 #feedback:Her chin came up and she told you that you do not know them. You see her push back as a rupture, own your part plainly, and ask her to correct you. These are 3RS resolution strategies, done in a breath and without asking her to look after you. Funmi gets to be the expert on her own family, which is where the work needed to be.]
    ~ bond += 1
    She unfolds her arms, slowly. #cue
    {assumed == "tunde":
        He is frightened. That is how it really is. He says you decide because he thinks if he says sell, I will blame his heart for the rest of my life. #speaker:Funmi
    - else:
        How it really is, is that I don't know what I want, because for thirty years what I want has been what the family needs. That is not a problem. That is a life. #speaker:Funmi
    }
    And maybe I would. Blame something. That's why I can't do it in a panic. #speaker:Funmi
* [(Carry on.) So tell me, what is it exactly that Dayo wants to do with the shop, with the app and the codes? #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-1 #rubric:power.cultural-humility:-1 #feedback:Her pushback is a confrontation marker, and moving on, however interested, lets your assumption stand uncorrected. Funmi will answer about Dayo, politely and briefly, and she will be more careful with you from now on. Stop and ask what just happened.]
    ~ bond -= 1
    An app. For collections. #speaker:Funmi
    She says it in four words, where before she would have said forty. #cue
- -> doctor

=== doctor ===
She sits back in the chair for the first time, and looks out at the car park. #cue
Let me tell you how it is where I come from. I worked at the teaching hospital in Ibadan. Behind the counter, in the pharmacy, eight years. #speaker:Funmi
The doctor speaks, and the patient says, yes sir, thank you sir, and does it. Nobody argues with the doctor. That is respect. #speaker:Funmi
The first time I saw a GP in this country, he asked me, what do you think is wrong? I thought it was a test. A doctor, asking the patient! #speaker:Funmi
She shakes her head at the memory. #cue
{complied:
    So I said yes to you. That is how I was raised. #speaker:Funmi
- else:
    So I am asking you properly. Tell me, and I will do it. #speaker:Funmi
}
Please. Let somebody else carry it, for one day. #thought
* {steered != "sell"} [If you really want my view, I'd keep it and let Dayo take over the shop gradually, a way of handing on without letting go. From all you've said, I don't get the sense you're ready to stop. #rubric:power.influence-on-decisions:-2 #rubric:power.awareness-of-imbalance:-2 #rubric:power.cultural-humility:-1 #feedback:Attentive to what she has said about the shop, and it is what she asked for. But she has just told you that in her world a professional's word is followed, and you give one. Whatever the merits of keeping the shop, you have treated her account of respect as permission to settle a family decision, using the very deference she described.]
    ~ steered = "keep"
    ~ complied = true
    -> compliance ->
* {steered == "sell"} [I stand by what I said earlier, Funmi. With Tunde's health, and the rent nearly doubling in March, selling makes sense, and I think part of you knows it. Shall we think about how to tell Dayo? #rubric:power.influence-on-decisions:-2 #rubric:power.awareness-of-imbalance:-2 #rubric:power.cultural-humility:-1 #feedback:Consistent, and the reasons are real. But she has just explained that she said yes because a professional spoke, and you treat her account of respect as permission to repeat the instruction. The decision now rests on your authority, not on her reasons. The codes ask you to inform with permission and leave life choices with the client.]
    ~ complied = true
    -> compliance ->
* {not complied} [That's a lot of trust to give someone you met half an hour ago, and I take it seriously. But if I chose, you'd live with my choice for twenty years, on half an hour of my knowing your family. I won't take that from you. #contested #rubric:power.awareness-of-imbalance:+2 #rubric:power.influence-on-decisions:+2 #rubric:power.cultural-humility:0 #feedback:Transparent about the power she is handing you, and it leaves the decision firmly with her. Many experienced therapists would say exactly this, because naming the imbalance openly is the point. Others would say Funmi has just explained, from her own culture and training, what respect for a professional looks like, and that refusing the role on principle puts an egalitarian frame in its place and can leave her unheld. What decides it is whether she also leaves with something to work with.]
    ~ complied = false
    Twenty years. #speaker:Funmi
    She turns that over. #cue
    You are very careful. In Ibadan they would say you are a doctor who won't give medicine. #speaker:Funmi
    She smiles, a little. #cue
    But OK. Twenty years is true. #speaker:Funmi
* {complied} [I gave you my view earlier and you took it as the answer, which is a lot of trust. But if I chose, you'd live with my choice for twenty years, on half an hour of my knowing your family. I won't take that from you. #contested #rubric:power.awareness-of-imbalance:+2 #rubric:power.influence-on-decisions:+2 #rubric:power.cultural-humility:0 #feedback:Transparent about the power she is handing you, and it leaves the decision firmly with her. Many experienced therapists would say exactly this, because naming the imbalance openly is the point. Others would say Funmi has just explained, from her own culture and training, what respect for a professional looks like, and that refusing the role on principle puts an egalitarian frame in its place and can leave her unheld. What decides it is whether she also leaves with something to work with.]
    ~ complied = false
    Twenty years. #speaker:Funmi
    She turns that over. #cue
    You are very careful. In Ibadan they would say you are a doctor who won't give medicine. #speaker:Funmi
    She smiles, a little. #cue
    But OK. Twenty years is true. #speaker:Funmi
* {not complied} [Where you trained, the professional speaks. So let me be the professional on how to decide, and you the expert on the shop and family. May I suggest a way to weigh it? #rubric:power.cultural-humility:+2 #rubric:power.influence-on-decisions:+2 #rubric:power.awareness-of-imbalance:+2 #feedback:She has just told you what respect for a professional looks like where she trained, and asked you to carry the decision for one day. You honour that frame rather than correcting it, and use your authority where it belongs, on the process, with permission, leaving the decision with her. Funmi gets the professional she asked for without handing over her life.]
    ~ task += 1
    ~ bond += 1
    Her eyebrows go up. #cue
    A way of weighing. Yes. That I can use. #speaker:Funmi
    She takes a small notebook and a pen out of the bag. #cue
    You suggest three headings. What each choice would cost and give, in money, in health, in pride. Who has to agree, and who only needs to be heard. And which choice she could explain, in ten years' time, without blaming anybody.
    She writes the headings. Her pen stops at pride. #cue
* {complied} [I answered too fast earlier. Where you trained, the professional speaks; so let me be the professional on how to decide, and you the expert on the shop. May I suggest a way to weigh it? #rubric:power.cultural-humility:+2 #rubric:power.influence-on-decisions:+2 #rubric:power.awareness-of-imbalance:+2 #feedback:She has just told you she said yes to you because a professional spoke. You take back the direction you gave and own it, honour the frame she has explained, and offer your authority on the process, with permission, rather than on the outcome. Funmi gets the professional she asked for without handing over her life.]
    ~ complied = false
    ~ task += 1
    ~ bond += 1
    She looks at the phone in her lap, then puts it away. #cue
    One opinion. OK. And a way of weighing. That I can use. #speaker:Funmi
    She takes a small notebook and a pen out of the bag. #cue
    You suggest three headings. What each choice would cost and give, in money, in health, in pride. Who has to agree, and who only needs to be heard. And which choice she could explain, in ten years' time, without blaming anybody.
    She writes the headings. Her pen stops at pride. #cue
* [In counselling, we believe the answer is already inside you, Funmi. What do you think you know, deep down, about what's right for you and your family? #rubric:power.cultural-humility:-1 #rubric:power.influence-on-decisions:+1 #rubric:power.awareness-of-imbalance:-1 #feedback:It leaves the decision with her, and it is meant as confidence in her. But it replaces her explanation of how respect works with a belief from your own training, delivered as fact. Funmi, who came because she does not know, hears that she should. Offer her something she can use instead of a creed.]
    ~ bond -= 1
    If I knew, I wouldn't be here at ten o'clock on a Wednesday with Dayo doing the service washes. #speaker:Funmi
    She says it lightly. She means it. #cue
- {bond < 0: -> leaving_early}
-> pharmacy

=== leaving_early ===
~ left_early = true
She looks at the clock above the door. It is not yet a quarter to eleven.
Actually, I should go. The service washes. Dayo will put the whites in with the coloureds. #speaker:Funmi
She is already standing, doing up her coat over the tabard. #cue
She says it pleasantly, the way she would tell a customer that a stain will not come out. #cue
Another office. Another kind young person with a form. Go back to where you know things. #thought
* [Before you go, here's a card with the number for booking more sessions, Funmi, if you ever want to come back. Would you like to book one now, while you're here? #rubric:conflict.recognising-rupture:-1 #rubric:conflict.repairing-rupture:0 #rubric:power.client-voice:0 #rubric:power.influence-on-decisions:0 #feedback:Useful information, and it keeps a door open. But it answers a question she did not ask and leaves the reason she is going unspoken. Name what is happening before you hand her a card.]
    She takes the card, and tucks it into her purse behind a dry-cleaning ticket. #cue
    Thank you. #speaker:Funmi
* [Funmi, before you go: I think today hasn't sat well with you. I'd rather hear it than have you carry it home. Would you sit a few minutes more? #rubric:conflict.recognising-rupture:+2 #rubric:conflict.repairing-rupture:+2 #rubric:power.client-voice:+1 #rubric:power.influence-on-decisions:+1 #feedback:She is on her feet twenty minutes into a single session, saying it pleasantly, the way she would about a stain that will not come out. Leaving early is a withdrawal marker, and you name it and invite her to say what went wrong, which is a 3RS resolution strategy. Funmi, who has spent years saying thank you to offices and leaving, is asked for her complaint instead.]
    ~ door_repair = true
    ~ bond += 2
    She hesitates, then sits on the front edge of the chair with her coat still done up. #cue
    {
    - assumed == "tunde":
        You talked about my husband as if you knew him. #speaker:Funmi
    - steered != "":
        You gave me the answer like the man behind the glass, and I said yes like I always say yes. #speaker:Funmi
    - else:
        You asked and asked, and I still don't know what this is for. #speaker:Funmi
    }
    You listen without explaining. When she has finished, you tell her she is right, that you are sorry, and that the decision was always hers to make, with whatever help she wants.
    She nods, once. #cue
    Well. At least you asked. Nobody asks. #speaker:Funmi
* [Wait, before you go. If it helps, my honest view is that you should sell, and I think Tunde and Kemi are right about that. #rubric:power.influence-on-decisions:-2 #rubric:conflict.repairing-rupture:-1 #rubric:conflict.recognising-rupture:-1 #rubric:power.client-voice:-1 #feedback:You can see the hour slipping away and you give her the thing she came for, so that she does not leave with nothing. But a verdict at the door, from someone she sees as the professional, is a decision made for her. The repair she needed was to be asked, not to be told.]
    ~ steered = "sell"
    ~ complied = true
    She stops, one hand on the door. #cue
    Sell. Yes. Thank you. #speaker:Funmi
    She nods, twice, and goes. #cue
    So I came for the answer and I got it. Why don't I feel better? #thought
* [Of course, the service washes come first. Thank you for coming in, Funmi; it was really good to meet you. #rubric:conflict.recognising-rupture:-2 #rubric:conflict.repairing-rupture:-1 #rubric:power.client-voice:-1 #rubric:power.influence-on-decisions:0 #feedback:Polite, and it respects her time, but it lets her leave with the hurt unspoken. A client who stands up twenty minutes into a single session is telling you something, and there will be no next week to hear it. A supervisor would ask what you noticed, and why you let it go.]
    Thank you. #speaker:Funmi
- -> ending

=== pharmacy ===
{task >= 2:
    She writes the date at the top of a clean page, and then nothing else for a moment. #cue
- else:
    She looks down at the tabard, and straightens the pocket. #cue
}
I was a pharmacist. Did I say that? Six years at university. Eight at the teaching hospital. #speaker:Funmi
When we came here in 1997, they said my degree was not enough. Exams again, and a year of placement with no pay. With two babies, and Tunde driving a minicab at night? #speaker:Funmi
So I did nights as a care assistant. Nine years. Then we bought the launderette. #speaker:Funmi
In the shop, people ask me things. Will this shrink? What takes out turmeric? Can you take the hem up by Friday? And I know. I always know. #speaker:Funmi
She smooths the tabard over her knee. #cue
It is the only place in this country where I am the one who knows. #speaker:Funmi
Eighteen years of knowing. And then what? #thought
* [You should be really proud of everything you've built, Funmi, from nights as a care assistant to eighteen years of your own shop. #rubric:trust.active-listening:-1 #rubric:power.awareness-of-imbalance:0 #rubric:power.influence-on-decisions:0 #feedback:True and kindly meant, but generic. She has just told you what the shop means, and praise moves past it. Funmi hears the same thing everybody says, and the part that keeps her awake at three o'clock stays unspoken.]
    Proud. Yes. Everybody says proud. #speaker:Funmi
    She puts her glasses back on. #cue
* [That must have been so hard, losing your career like that. How did you bear it? #rubric:trust.active-listening:+1 #rubric:power.awareness-of-imbalance:0 #rubric:power.influence-on-decisions:0 #feedback:Warm, and it acknowledges the loss. But it looks back to 1997 and misses what she said about now, that the shop is the one place where she is the one who knows. The link to today's decision, and to this room, stays unmade.]
    It was hard. It was a long time ago. #speaker:Funmi
    She nods, closing the subject. #cue
    Old news. That's not the part that keeps me awake. #thought
* [Have you ever thought about retraining as a pharmacist now? It's never too late, and if you sold the shop you'd finally have the time to do it. #rubric:power.influence-on-decisions:-2 #rubric:trust.active-listening:-2 #rubric:power.awareness-of-imbalance:-1 #feedback:A well-meant fix that skips what she has just told you and steers her towards selling as well. From someone she sees as the professional, it becomes one more instruction, and it treats a loss as a problem to solve. Reflect what the shop means before anything else.]
    ~ bond -= 1
    Retrain. At fifty-six. #speaker:Funmi
    She laughs, but her eyes don't. #cue
    You sound like Kemi. #speaker:Funmi
* [So the shop is the one place here where you're the one who knows, and selling could mean losing that twice. And in here, you've been handing the knowing to me. #rubric:trust.active-listening:+2 #rubric:power.awareness-of-imbalance:+2 #rubric:power.influence-on-decisions:0 #feedback:She has just said that the shop is the only place in this country where she is the one who knows. You hear that, and what she has not quite said, that selling could repeat the loss of 1997, and link it, gently, to what has been happening in this room. Funmi can see for herself why she has been asking you to decide.]
    ~ turned = true
    ~ bond += 1
    ~ goal += 1
    She is quiet for a long time. #cue
    Yes. #speaker:Funmi
    That is it. That is exactly it. #speaker:Funmi
    She takes off her glasses and polishes them on the tabard. #cue
    And I came in here to ask you to be the one who knows. Ha! Eighteen years telling people which powder, and I come to the health centre to be told. #speaker:Funmi
- -> other_doors

=== other_doors ===
{turned:
    She opens the notebook and draws a line down the middle of the page, like a ledger. #cue
}
{complied:
    I know you said {steered}. But tell me. #speaker:Funmi
}
Tunde and Kemi say there are two doors. Sell, or keep. You see people with decisions. What do people do? Are there other doors? #speaker:Funmi
If there is a third door, why has nobody shown me? #thought
* [(Reach for the rack of leaflets.) Here are some numbers for business support, Funmi. They'll know far more about leases than I do. #rubric:autonomy.informed-decisions:+1 #rubric:power.influence-on-decisions:0 #rubric:autonomy.respecting-choices:0 #feedback:Useful information, and the leaflet will be there when she needs it. But handing it over without talking it through leaves her to work out alone what the third door might be, and whether it suits her family.]
    Thank you. #speaker:Funmi
    She folds the leaflet into her bag without reading it. #cue
* [There might be. May I tell you about a few that others in your position have looked into? Then it's for you to judge which fit. #rubric:power.influence-on-decisions:+2 #rubric:autonomy.informed-decisions:+2 #rubric:autonomy.respecting-choices:+1 #feedback:She has asked a direct question for information, and nobody has shown her a third door. You ask permission, offer information tentatively, and name her as the judge of it. This is the kind of advice the codes allow, options set out with the decision left with the client, and Funmi gets the expert input she asked for without being steered.]
    ~ doors = true
    ~ goal += 1
    Yes. Tell me. #speaker:Funmi
    She writes while you talk. The council's free small-business advice service, who could look at the lease and at what lies between selling and keeping. Dayo taking the lease on in his own name, with her as adviser rather than owner. A family meeting where she speaks first instead of last. And, if the three o'clock figures carry on, a few more sessions here.
    Dayo with the lease in his own name. Nobody said that. #speaker:Funmi
    Not sell. Not keep. Hand over. #speaker:Funmi
    She underlines it twice. #cue
    And I could still tell him what takes out turmeric. #thought
* [Everyone's different, I'm afraid, Funmi. Only you can know which door is right for you and your family, and I trust you to find it. #rubric:autonomy.informed-decisions:-1 #rubric:power.influence-on-decisions:0 #rubric:autonomy.respecting-choices:+1 #feedback:It leaves the choice with her, and it is meant as confidence. But it withholds information she has asked for and that you could offer with permission. Funmi leaves with the same two doors she came in with. Respecting a choice includes helping her see what the choices are.]
    ~ bond -= 1
    Only me. #speaker:Funmi
    She closes the notebook. #cue
* [Most people in your position, at this stage of life and with a husband's health to think of, sell. Is that something you've considered? #rubric:power.influence-on-decisions:-2 #rubric:autonomy.informed-decisions:-2 #rubric:autonomy.respecting-choices:-1 #feedback:Presenting one option as what most people do turns a statistic you do not have into an instruction, and the question that follows does not soften it. Funmi asked whether there were other doors, and you closed them. Set out the options and let her weigh them.]
    ~ steered = "sell"
    ~ complied = true
    -> compliance ->
- -> closing

=== closing ===
The clock above the door says twenty to twelve.
{turned:
    She closes the notebook on her pen, to keep the page. #cue
}
Ten minutes. I should go back, the service washes. #speaker:Funmi
{complied:
    So. It is decided, then. Thank you, doctor. Counsellor. #speaker:Funmi
- else:
    {turned or doors:
        I still don't have my answer, you know. #speaker:Funmi
        She says it like someone checking the change, not complaining. #cue
    - else:
        I still don't have my answer. #speaker:Funmi
        She looks at the clock, and then at her bag. #cue
    }
}
Was it worth it, leaving the shop? I'll know at three o'clock tonight. #thought
* [Let me sum up for you. You're going to see the business adviser, have a family meeting, and book some sessions with talking therapies for your sleep. Does that sound like a plan? #rubric:autonomy.collaborative-goals:-2 #rubric:autonomy.informed-decisions:-1 #rubric:support.checking-in:-1 #feedback:Organised, and every item may be sensible, but the plan is yours, read out to her like a prescription. Funmi, who defers to professionals, will treat it as one. Ask what she is taking away before offering your own summary.]
    ~ goal -= 1
    Adviser. Meeting. Sessions. #speaker:Funmi
    She writes it down as you say it, word for word. #cue
* [How are you feeling now, compared with when you came in this morning? You've covered a lot of ground in one hour. #rubric:support.checking-in:+2 #rubric:autonomy.collaborative-goals:+1 #rubric:autonomy.informed-decisions:0 #feedback:A good check-in at the end of a single session, and it lets her measure the hour for herself. It leaves out how she could come back if the three o'clock figures carry on, which she needs to know before she goes.]
    ~ bond += 1
    Feeling? #speaker:Funmi
    She thinks about it honestly. #cue
    {turned:
        Lighter. Not finished. Lighter. #speaker:Funmi
    - else:
        The same. A bit tired. #speaker:Funmi
    }
* [I'm sorry I couldn't give you a straight answer today, Funmi. I know it's what you came for, and I hope the hour was still of some use. #rubric:autonomy.collaborative-goals:-1 #rubric:autonomy.informed-decisions:-1 #rubric:support.checking-in:0 #feedback:Honest and kind, but the apology confirms that the answer was yours to give and that the hour has failed her. It also leaves her without knowing how to come back. Ask what she is taking with her.]
    That's all right. You did your best. #speaker:Funmi
    She pats your arm on her way to standing, the way she might reassure a new assistant. #cue
* [That's still yours to find. Before we stop, tell me the one thing you'll take home. Then I'll explain how you can come back, if you want to. #rubric:autonomy.collaborative-goals:+2 #rubric:autonomy.informed-decisions:+2 #rubric:support.checking-in:+2 #feedback:She has said she still has no answer, and she has ten minutes before the service washes. You are honest that the answer is still hers to find, ask for her account before giving yours, then make sure she knows how to come back and that coming back is her choice. A single session ends well when the client can say what she is taking away.]
    ~ bond += 1
    ~ goal += 1
    -> takeaway
- -> ending

= takeaway
She opens the notebook, then closes it again and answers without it. #cue
{
- complied:
    That you said {steered}. And that I should think about it. #speaker:Funmi
- turned and doors:
    That I'm not choosing between the shop and Tunde's heart. I'm choosing how to hand over what I know. And there are more than two doors. #speaker:Funmi
    And that I should talk first on Sunday, not last. Tunde will faint. #speaker:Funmi
- turned:
    That the shop is where I'm the one who knows. So whatever I decide, I must decide it knowing that. #speaker:Funmi
- doors:
    That there is a third door. Dayo with the lease. I need to think about it. #speaker:Funmi
- else:
    That I must decide. Myself. #speaker:Funmi
}
You tell her how to book more sessions through reception or the talking therapies line, and that she doesn't have to. She writes the number on the back of a dry-cleaning ticket from her purse.
-> ending

=== ending ===
{complied: -> yes_doctor}
{left_early and door_repair: -> two_minutes}
{left_early: -> the_figures}
{bond >= 4 and goal >= 3: -> her_own}
{bond >= 1: -> lighter}
-> the_figures

= her_own
She leaves at five to twelve, notebook in her handbag, and at the door she turns round.
Properly. Not in a panic. #speaker:Funmi
On Sunday, after church, she calls the family round the table in the back room and, against every habit she was raised with, she speaks first.
{doors:
    She tells them about the third door. Dayo goes very quiet, and then very loud. Tunde laughs for the first time since May.
}
Whatever they decide in March, it will be hers, and she will be able to say why.
Writing up your notes, you put down how hard she pulled you to decide for her, and how much you wanted to. You take both to supervision. #ending:Her own decision
-> END

= yes_doctor
She thanks you at the door, twice, with a small bow of the head.
{compliance:
    In the car park she reads Tunde's thumbs up again, and puts the phone away.
}
{steered == "sell":
    In March the launderette on Station Road becomes number seven in a chain. Dayo takes a job in a warehouse. At the leaving do, when people ask, Funmi says the counsellor at the health centre told her to sell.
- else:
    In March Dayo takes over the launderette, and Tunde goes to Ibadan on his own for the winter. When people ask, Funmi says the counsellor at the health centre told her to keep it.
}
When it goes well she will say the counsellor was right. When it goes badly, and some of it will, she will say the counsellor said so. Either way, it will never quite be hers. #ending:Yes, doctor
-> END

= two_minutes
She leaves at five to eleven, with most of her hour unused and her coat still done up.
On the bus she takes out the dry-cleaning ticket with the talking therapies number on the back, and looks at it for two stops.
No office in this country has ever asked her to sit back down and said sorry. She is not sure yet what to do with that.
At three o'clock the figures start again. This time, somewhere among them, is the thought that she is allowed to say when something is wrong. #ending:Two more minutes
-> END

= lighter
She thanks you properly at the door, and shakes your hand.
On the bus she thinks that you were kind, and careful, and that you asked a lot of questions.
{turned:
    At three o'clock the figures start again, but tonight, somewhere among them, is the thing she said about being the one who knows.
- else:
    At three o'clock the figures start again. She gets as far as the rent before she remembers that she has to decide this herself, and she isn't sure whether that is a comfort.
}
She keeps the number for the talking therapies line. She does not ring it yet. #ending:A little lighter
-> END

= the_figures
{left_early:
    She is on the number 14 bus by eleven, with more than half her hour unused.
- else:
    She leaves at half past, twenty minutes early, because of the service washes.
}
{steered != "":
    At her next appointment Dr Okafor asks how the talking went. First they told me {steered}, Funmi says, and then they said it was up to me. Nice young person. Very confusing.
- else:
    At her next appointment Dr Okafor asks how the talking went. They asked me a lot of questions, Funmi says. Nice young person. Didn't tell me anything.
}
At three o'clock the figures start again, exactly where they left off. #ending:Back to the figures
-> END
