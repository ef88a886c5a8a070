#include "LabelingController.h"

#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "core/store/StoreError.h"
#include "ui/browser/SampleTableModel.h"

#include <QTimer>
#include <QUndoCommand>

namespace memescope {

// One step of answers: redo restores the answers it recorded, undo retracts them (the rows stay in the
// project, marked, so the same answers come back on redo).
class AnswerCommand : public QUndoCommand {
public:
    AnswerCommand(LabelingController* c, const QString& text, QVector<qint64> rows,
                  QVector<qint64> annotations)
        : QUndoCommand(text)
        , c_(c)
        , rows_(std::move(rows))
        , annotations_(std::move(annotations)) {}
    void redo() override {
        if (alreadyWritten_) { // push() recorded them to learn whether the store accepts them
            alreadyWritten_ = false;
            return;
        }
        c_->retract(annotations_, false, rows_);
    }
    void undo() override { c_->retract(annotations_, true, rows_); }

private:
    LabelingController* c_;
    QVector<qint64> rows_, annotations_;
    bool alreadyWritten_ = true;
};

LabelingController::LabelingController(SampleTableModel* model, QObject* parent)
    : QObject(parent)
    , model_(model) {}

void LabelingController::setStore(ProjectStore* store) {
    store_ = store;
    stack_.clear();
    loadOwnAnswers();
}

void LabelingController::setAnnotator(const QString& name) {
    const QString normalised = name.trimmed().isEmpty() ? QStringLiteral("unnamed") : name.trimmed();
    if (normalised == annotator_) return;
    annotator_ = normalised;
    stack_.clear(); // another person's steps are not theirs to undo
    loadOwnAnswers();
    if (blind_) showLabels();
}

void LabelingController::setBlind(bool blind) {
    if (blind == blind_) return;
    blind_ = blind;
    model_->setPredictionsHidden(blind);
    showLabels();
    Q_EMIT blindChanged(blind);
}

void LabelingController::samplesRead() {
    if (blind_) showLabels(); // the model was filled with the current labels
}

void LabelingController::loadOwnAnswers() {
    own_.clear();
    if (!store_) return;
    try {
        const auto answers = SampleStore(*store_).answersOf(annotator_);
        for (auto it = answers.begin(); it != answers.end(); ++it)
            own_.insert(it.key(), it.value());
    } catch (const StoreError& e) {
        Q_EMIT failed(e.message());
    }
}

void LabelingController::showLabels() {
    if (!store_) return;
    QVector<qint64> all;
    all.reserve(model_->rowCount());
    for (const SampleRecord& s : model_->samples())
        all << s.id;
    showLabelsOf(all);
}

std::optional<uint64_t> LabelingController::ownAnswer(qint64 rowId) const {
    const auto it = own_.constFind(rowId);
    return it == own_.cend() ? std::nullopt : std::optional<uint64_t>(*it);
}

std::optional<QVector<qint64>> LabelingController::record(const QVector<qint64>& rowIds,
                                                          const QVector<uint64_t>& masks, bool adjudication) {
    if (!store_) return std::nullopt;
    QVector<qint64> ids;
    try {
        const QVector<int64_t> written =
            SampleStore(*store_).annotate(QVector<int64_t>(rowIds.begin(), rowIds.end()), masks, annotator_,
                                          AnnotationOrigin::Human, adjudication);
        ids = QVector<qint64>(written.begin(), written.end());
    } catch (const StoreError& e) {
        Q_EMIT failed(e.message());
        return std::nullopt;
    }
    for (int i = 0; i < rowIds.size(); ++i) // the newest answers are these: no need to read them all back
        own_.insert(rowIds[i], masks[i]);
    showLabelsOf(rowIds);
    return ids;
}

bool LabelingController::retract(const QVector<qint64>& annotationIds, bool retracted,
                                 const QVector<qint64>& rowIds) {
    if (!store_) return false;
    try {
        SampleStore(*store_).setRetracted(QVector<int64_t>(annotationIds.begin(), annotationIds.end()),
                                          retracted);
    } catch (const StoreError& e) {
        Q_EMIT failed(e.message());
        // The stack has moved its index already; the store has not: steps past this one cannot be trusted.
        QTimer::singleShot(0, this, [this] { stack_.clear(); });
        return false;
    }
    loadOwnAnswers(); // an earlier answer of this annotator may be the latest again
    showLabelsOf(rowIds);
    return true;
}

// The shown labels of these memes, as the annotator should see them: their own answers when blind, else
// the current labels read back from the store (after an answer the consensus may have moved, or not).
void LabelingController::showLabelsOf(const QVector<qint64>& rowIds) {
    QHash<int64_t, std::optional<uint64_t>> shown;
    try {
        if (blind_)
            for (qint64 id : rowIds)
                shown.insert(id, ownAnswer(id));
        else
            shown = SampleStore(*store_).currentLabels(QVector<int64_t>(rowIds.begin(), rowIds.end()));
    } catch (const StoreError& e) {
        Q_EMIT failed(e.message());
        return;
    }
    model_->updateLabels(shown);
    Q_EMIT labelsChanged(rowIds);
}

void LabelingController::push(const QString& text, const QVector<qint64>& rowIds,
                              const QVector<uint64_t>& masks) {
    if (!store_ || rowIds.isEmpty()) return;
    // Recorded first: answers the store refuses never reach the undo stack.
    const auto ids = record(rowIds, masks, adjudicating_);
    if (!ids) return;
    stack_.push(
        new AnswerCommand(this, adjudicating_ ? tr("%1 (adjudicated)").arg(text) : text, rowIds, *ids));
}

uint64_t LabelingController::startingAnswer(qint64 rowId) const {
    // What the annotator sees is what a key toggles: the own answer when blind, else the shown label.
    if (blind_) return ownAnswer(rowId).value_or(0);
    const int row = model_->rowOf(rowId);
    return row >= 0 ? model_->sampleAt(row).labelMask.value_or(0) : 0;
}

void LabelingController::applyLabel(const QVector<qint64>& rowIds, int label) {
    const LabelSchema& schema = model_->schema();
    if (label < 0 || label >= schema.size()) return;
    const uint64_t bit = uint64_t(1) << label;
    QVector<uint64_t> masks;
    if (schema.isMultiLabel()) {
        bool allHave = true;
        for (qint64 id : rowIds)
            allHave = allHave && (startingAnswer(id) & bit);
        for (qint64 id : rowIds)
            masks << (allHave ? (startingAnswer(id) & ~bit) : (startingAnswer(id) | bit));
    } else {
        masks.fill(bit, rowIds.size());
    }
    const QString name = schema.labels()[label].name;
    push(rowIds.size() == 1 ? tr("Label “%1”").arg(name)
                            : tr("Label %1 memes “%2”").arg(rowIds.size()).arg(name),
         rowIds, masks);
}

void LabelingController::setMask(const QVector<qint64>& rowIds, uint64_t mask) {
    push(mask == 0 ? tr("Mark %n meme(s) as no symptom", "", int(rowIds.size()))
                   : tr("Set labels of %n meme(s)", "", int(rowIds.size())),
         rowIds, QVector<uint64_t>(rowIds.size(), mask));
}

void LabelingController::acceptSuggestion(const QVector<qint64>& rowIds) {
    if (blind_) return;
    QVector<qint64> rows;
    QVector<uint64_t> masks;
    for (qint64 id : rowIds)
        if (model_->probabilitiesOf(id)) {
            rows << id;
            masks << model_->predictedMask(id);
        }
    push(tr("Accept model suggestion for %n meme(s)", "", int(rows.size())), rows, masks);
}

void LabelingController::confirmCurrent(const QVector<qint64>& rowIds) {
    if (blind_) return;
    QVector<qint64> rows;
    QVector<uint64_t> masks;
    for (qint64 id : rowIds) {
        const int row = model_->rowOf(id);
        if (row < 0 || !model_->sampleAt(row).labelMask) continue; // nothing to agree with
        rows << id;
        masks << *model_->sampleAt(row).labelMask;
    }
    push(tr("Agree with the label of %n meme(s)", "", int(rows.size())), rows, masks);
}

} // namespace memescope
