// A new Rapport scenario. The tag grammar is in the authoring guide (/guide/) and src/engine/README.md.
// Rubric evidence and feedback go INSIDE a choice's brackets: * [What you say #rubric:...:+2 #feedback:Why.]

VAR bond = 0
VAR task = 0
VAR goal = 0

-> opening

=== opening ===
Tuesday, late afternoon. Sam arrives with a small paper bag.
I made you something. It's nothing, really. #speaker:Sam
They put the bag on the table between you and look at the floor. #cue
* [Thank you so much, that's lovely. I'll open it later. So, how has your week been since we last met? #rubric:boundaries.gifts:-2 #rubric:trust.active-listening:-2 #feedback:Warm, but it takes the gift and moves on as if nothing happened. Sam has just looked at the floor: what the gift means is the thing to hear before anything else.]
    They blink, then nod. #cue
    -> decision
* [Thank you. You've gone quiet, though. Tell me about it before I open it. #rubric:boundaries.gifts:+2 #rubric:trust.active-listening:+1 #feedback:Warm, and curious about what the gift means before deciding anything. Sam looked at the floor as they gave it, which says it matters.]
    ~ bond += 1
    It's a mug. I painted it. You said once you drink too much tea. #speaker:Sam
    -> decision
* [That's thoughtful, and I'm sorry: I'm not able to accept gifts from clients. #rubric:boundaries.gifts:-1 #rubric:trust.active-listening:-1 #feedback:Clear about the frame, but declining in the first breath, before you know what it means to Sam, can make the gratitude itself feel rejected.]
    ~ bond -= 1
    Right. Of course. Sorry. #speaker:Sam
    -> decision

=== decision ===
So... is it okay? That I gave you something? #speaker:Sam
* [It means a lot. I'd like to keep it, and I'll note it down, as I do with everything here. #rubric:boundaries.gifts:+1 #rubric:trust.active-listening:0 #feedback:A considered yes to a small, personal gift, held inside the work. Some services decline all gifts; here that is a judgement call. #contested]
    ~ task += 1
    Good. I wanted you to know it helped. #speaker:Sam
    -> ending_warm
* [Of course it's okay! Why wouldn't it be? It's lovely. Let's not make a big thing of it. #rubric:boundaries.gifts:-2 #rubric:trust.active-listening:-1 #feedback:Reassuring, and it closes the moment: Sam asked a real question and is left unsure what happened.]
    -> ending_cool
* [It sounds like that question has been with you a while. Let's start there, rather than with my answer. #rubric:boundaries.gifts:+2 #rubric:trust.active-listening:+2 #feedback:Sam's question is about more than the mug. Keeping the gift inside the conversation lets the decision be shared.]
    ~ goal += 1
    I suppose... I wanted to give something back. #speaker:Sam
    -> ending_warm

=== ending_warm ===
Sam smiles, properly this time. #ending:Opened up
-> END

=== ending_cool ===
Sam picks at the edge of the bag and says little for the rest of the hour. #ending:Withdrew
-> END
