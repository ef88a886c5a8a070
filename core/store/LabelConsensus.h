#pragma once

#include <QString>
#include <QVector>
#include <cstdint>
#include <optional>

namespace memescope {

// One annotator's latest answer on one meme (undone answers are not answers).
struct LabelAnswer {
    QString annotator;
    uint64_t mask = 0;
    bool adjudication = false; // an adjudicator's decision: it settles the meme whatever the majority says
    int64_t order = 0;         // grows with time (the annotation's id): the latest answer breaks ties
};

// The current label of a meme and how many answers back it.
struct LabelConsensus {
    std::optional<uint64_t> mask; // nullopt: nobody has answered
    int support = 0;              // answers equal to `mask`
    int answers = 0;              // annotators who answered
    QString adjudicator;          // set when an adjudicator's decision made the label
};

// The project's one rule for a meme's current label, from each annotator's latest answer (the dataset
// file counts as one annotator). An adjudicator's latest decision wins. Otherwise single-label: the label
// most annotators chose; multi-label: each label the majority of annotators ticked. A tie goes to the most
// recent answer among the tied (so one annotator correcting the dataset's label changes it, as before).
// An adjudicator's later ordinary answer replaces their decision like any later answer (it is their latest).
LabelConsensus consensusOf(const QVector<LabelAnswer>& latestAnswers, bool multiLabel);

} // namespace memescope
