#include "DemoVocabulary.h"

#include <QVector>

namespace memescope {

const QVector<ClassPhrases>& DemoVocabulary::axiom() {
    static const QVector<ClassPhrases> kPhrases = {
        // Nervousness
        {{"me before a phone call", "when the teacher says", "my hands before the interview",
          "waiting for the doctor", "when someone says we need to talk", "walking into a party alone"},
         {"shaking like a leaf", "heart racing for no reason", "sweating through my shirt",
          "cannot stop trembling", "nervous wreck mode on", "butterflies the size of eagles"}},
        // Lack of Worry Control
        {{"my brain at two am", "trying to stop worrying", "me telling my mind to relax",
          "one worry leads to another", "i said stop thinking", "the worry train has no brakes"},
         {"it will not stop", "cannot turn it off", "the thoughts keep spinning", "no off switch found",
          "brain refuses to listen", "spiral out of control"}},
        // Excessive Worry
        {{"me replaying every conversation", "what if they hate me", "did i lock the door",
          "worrying about tomorrow", "overthinking a text message", "planning for every disaster"},
         {"for the hundredth time", "worst case scenario again", "what if what if what if",
          "every possible outcome checked", "just in case mode", "worried about being worried"}},
        // Difficulty Relaxing
        {{"me on vacation", "trying to take a nap", "when everyone says just relax", "lying on the beach",
          "sunday afternoon feeling", "taking a bath to unwind"},
         {"still tense somehow", "cannot switch off", "shoulders up to my ears", "rest feels impossible",
          "relaxing is hard work", "my body will not calm down"}},
        // Restlessness
        {{"me at my desk", "sitting still for five minutes", "waiting in line", "lying in bed at night",
          "during a long meeting", "in the waiting room"},
         {"pacing around the room", "legs bouncing nonstop", "need to move right now",
          "tapping every surface", "cannot sit still", "walking in circles again"}},
        // Impending Doom
        {{"that feeling when", "me on a normal tuesday", "nothing is wrong but", "out of nowhere",
          "when the room gets quiet", "every single morning"},
         {"something terrible is coming", "the end feels near", "doom is around the corner",
          "sure disaster will strike", "the sky is falling", "waiting for the worst"}},
    };
    return kPhrases;
}

const QVector<ClassPhrases>& DemoVocabulary::restore() {
    static const QVector<ClassPhrases> kPhrases = {
        // Lack of Interest
        {{"my favourite game", "friends inviting me out", "my old hobbies", "the new episode is out",
          "people asking what i enjoy", "the guitar in the corner"},
         {"nothing feels fun anymore", "no interest at all", "cannot be bothered", "used to love this",
          "gathering dust forever", "meh to everything"}},
        // Feeling Down
        {{"me every day", "when the rain starts", "smiling for the photo", "another grey morning",
          "how i feel inside", "just another day"},
         {"feeling so empty", "sad for no reason", "heavy heart again", "crying in the shower",
          "everything feels hopeless", "down and out"}},
        // Eating Disorder
        {{"skipping dinner again", "when food is on the table", "me at the fridge at midnight",
          "lunch break arrives", "my plate at dinner", "counting every bite"},
         {"not hungry at all", "eating my feelings", "food feels pointless", "ate the whole box",
          "forgot to eat today", "appetite gone missing"}},
        // Sleeping Disorder
        {{"me at three am", "the alarm at seven", "trying to fall asleep", "staring at the ceiling",
          "another night awake", "my bed at midnight"},
         {"still wide awake", "insomnia wins again", "slept fourteen hours", "sleep will not come",
          "tired but cannot sleep", "counting sheep forever"}},
        // Low Self-Esteem
        {{"me in the mirror", "when someone compliments me", "looking at old photos", "comparing myself",
          "my reflection today", "when they pick teams"},
         {"i am not good enough", "such a failure", "everyone is better than me", "i ruin everything",
          "worthless again", "nobody would miss me"}},
        // Concentration Problem
        {{"reading the same page", "studying for the exam", "my brain during class", "trying to focus",
          "listening to the lecture", "opening my notes"},
         {"for the tenth time", "cannot focus at all", "mind keeps wandering", "forgot what i was doing",
          "zero words sink in", "attention span gone"}},
        // Self-Harm
        {{"hiding the marks", "long sleeves in summer", "when it hurts inside", "the urge comes back",
          "covering my arms", "alone in the bathroom"},
         {"hurting myself again", "wearing bandages", "pain to feel something", "scars nobody sees",
          "hard to stop the urge", "please reach out for help"}},
    };
    return kPhrases;
}

const QStringList& DemoVocabulary::neutralTop() {
    static const QStringList k = {"me explaining to my mom", "nobody",           "when you realize",
                                  "my last brain cell",      "that moment when", "everyone else",
                                  "me trying to be normal",  "the group chat"};
    return k;
}

const QStringList& DemoVocabulary::neutralBottom() {
    static const QStringList k = {"it is what it is", "why am i like this", "every time",
                                  "send help please", "this is fine",       "no comment",
                                  "story of my life", "we all know it"};
    return k;
}

QString DemoVocabulary::reasoningFor(const QString& label, const QString& caption, int variant) {
    static const QStringList kCause = {
        "The caption links an everyday situation to a strong inner reaction.",
        "A small trigger in the caption leads to an outsized emotional response.",
        "The situation described keeps repeating and wears the person down.",
    };
    static const QStringList kFigurative = {
        "The image exaggerates the feeling with a visual metaphor, using humour to soften it.",
        "The meme uses irony: a light format carries a heavy message.",
        "The drawn scene works as a metaphor for what the caption only hints at.",
    };
    const QString cap = QString(caption).replace('\n', ' ').toLower();
    return QStringLiteral(
               "1. Cause-Effect: %1 (\"%2\") 2. Figurative Understanding: %3 3. Mental State: The poster "
               "shows signs consistent with %4.")
        .arg(kCause[variant % kCause.size()], cap, kFigurative[(variant / 3) % kFigurative.size()],
             label.toLower());
}

} // namespace memescope
