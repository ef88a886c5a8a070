#pragma once

#include <QHash>
#include <QObject>
#include <QUndoStack>
#include <QVector>
#include <optional>

namespace memescope {

class ProjectStore;
class SampleTableModel;

// Labelling as undoable commands. Every key press records the annotator's own answer at once (one
// transaction per step, no Save), also when it equals the current label: agreeing is an answer. The
// current label is the store's consensus of everyone's answers (majority, or an adjudicator's decision).
// Undo retracts the annotator's answer (redo restores it). A bulk change over a selection is one step.
// Blind labelling shows each annotator only their own answers and hides the model's suggestion.
class LabelingController : public QObject {
    Q_OBJECT
public:
    LabelingController(SampleTableModel* model, QObject* parent = nullptr);
    void setStore(ProjectStore* store); // nullptr when no project is open (clears the undo stack)
    void setAnnotator(const QString& name);
    const QString& annotator() const { return annotator_; }
    QUndoStack* undoStack() { return &stack_; }

    // Blind: the browser's labels are this annotator's own answers (unanswered memes are unlabelled) and
    // the model's suggestion is hidden. The samples' model is refilled when it changes.
    void setBlind(bool blind);
    bool isBlind() const { return blind_; }
    // Adjudicating: the answers given settle their memes (recorded as an adjudicator's decisions).
    void setAdjudicating(bool on) { adjudicating_ = on; }
    bool isAdjudicating() const { return adjudicating_; }
    // The samples were read again (with their current labels): when blind, own answers replace them.
    void samplesRead();
    // This annotator's latest answer on a meme (nullopt: not answered).
    std::optional<uint64_t> ownAnswer(qint64 rowId) const;

    // Multi-label: toggles `label` in each meme's answer (on for all when any lacks it, else off for all),
    // starting from what the annotator sees: the shown label, or their own answer when blind.
    // Single-label: answers `label`.
    void applyLabel(const QVector<qint64>& rowIds, int label);
    // Answers `mask` for every meme (e.g. "no symptom" = 0).
    void setMask(const QVector<qint64>& rowIds, uint64_t mask);
    // Answers the selected run's predicted labels (the model suggestion, one key); not when blind.
    void acceptSuggestion(const QVector<qint64>& rowIds);
    // Answers each meme's current label: "I agree" in one key; not when blind.
    void confirmCurrent(const QVector<qint64>& rowIds);

Q_SIGNALS:
    void labelsChanged(const QVector<qint64>& rowIds);
    void blindChanged(bool blind);
    void failed(const QString& message); // the store refused (disk full, ...): nothing changed

private:
    friend class AnswerCommand;
    std::optional<QVector<qint64>> record(const QVector<qint64>& rowIds, const QVector<uint64_t>& masks,
                                          bool adjudication);
    bool retract(const QVector<qint64>& annotationIds, bool retracted, const QVector<qint64>& rowIds);
    void push(const QString& text, const QVector<qint64>& rowIds, const QVector<uint64_t>& masks);
    uint64_t startingAnswer(qint64 rowId) const;
    void loadOwnAnswers();
    void showLabels(); // every meme's shown label: the current one, or the own answer when blind
    void showLabelsOf(const QVector<qint64>& rowIds);

    SampleTableModel* model_;
    ProjectStore* store_ = nullptr;
    QString annotator_ = QStringLiteral("unnamed");
    QHash<qint64, uint64_t> own_; // the annotator's latest answers
    bool blind_ = false;
    bool adjudicating_ = false;
    QUndoStack stack_;
};

} // namespace memescope
