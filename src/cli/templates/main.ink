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
Please don't make it weird. #thought
* [Thank you. Can you tell me a bit about it? #rubric:boundaries.gifts:+2 #rubric:trust.active-listening:+1 #feedback:Warm, and curious about what the gift means before deciding anything.]
    ~ bond += 1
    It's a mug. I painted it. You said once you drink too much tea. #speaker:Sam
    -> decision
* [I'm sorry, I can't accept gifts. It's the rules. #rubric:boundaries.gifts:-1 #rubric:trust.active-listening:-1 #feedback:Clear, but quoting a rule in one breath can make the gratitude itself feel rejected.]
    ~ bond -= 1
    Right. Of course. Sorry. #speaker:Sam
    -> decision
* [Oh, lovely, thanks! So, where were we last week? #rubric:boundaries.gifts:-2 #rubric:trust.active-listening:-2 #feedback:Takes the gift and moves on, as if nothing happened; the meaning is lost.]
    They blink, then nod. #cue
    -> decision

=== decision ===
So... is it okay? That I gave you something? #speaker:Sam
* [It means a lot. A small thing you made, I'd like to keep, and I'll note it down as I do with everything here. #rubric:boundaries.gifts:+1 #feedback:A considered yes to a small, personal gift, held inside the work. Some services decline all gifts; here that is a judgement call. #contested]
    ~ task += 1
    Good. I wanted you to know it helped. #speaker:Sam
    -> ending_warm
* [Let's talk about what giving it means for you, and then decide together. #rubric:boundaries.gifts:+2 #rubric:trust.active-listening:+2 #feedback:Keeps the gift inside the conversation and the decision shared.]
    ~ goal += 1
    I suppose... I wanted to give something back. #speaker:Sam
    -> ending_warm
* [I'd rather not make a thing of it. #rubric:boundaries.gifts:-2 #rubric:trust.active-listening:-1 #feedback:Avoids the moment; the client is left unsure what happened.]
    -> ending_cool

=== ending_warm ===
Sam smiles, properly this time. #ending:Opened up
-> END

=== ending_cool ===
Sam picks at the edge of the bag and says little for the rest of the hour. #ending:Withdrew
-> END
