#include "LabelingController.h"

#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "core/store/StoreError.h"
#include "ui/browser/SampleTableModel.h"

#include <QUndoCommand>

namespace memescope {

class SetLabelsCommand : public QUndoCommand {
public:
    SetLabelsCommand(LabelingController* c, const QString& text, QVector<qint64> rows,
                     QVector<std::optional<uint64_t>> before, QVector<std::optional<uint64_t>> after)
        : QUndoCommand(text)
        , c_(c)
        , rows_(std::move(rows))
        , before_(std::move(before))
        , after_(std::move(after)) {}
    void redo() override {
        if (alreadyWritten_) { // push() wrote it to learn whether the store accepts it
            alreadyWritten_ = false;
            return;
        }
        c_->write(rows_, after_);
    }
    void undo() override { c_->write(rows_, before_); }

private:
    LabelingController* c_;
    QVector<qint64> rows_;
    QVector<std::optional<uint64_t>> before_, after_;
    bool alreadyWritten_ = true;
};

LabelingController::LabelingController(SampleTableModel* model, QObject* parent)
    : QObject(parent)
    , model_(model) {}

void LabelingController::setStore(ProjectStore* store) {
    store_ = store;
    stack_.clear();
}

bool LabelingController::write(const QVector<qint64>& rowIds, const QVector<std::optional<uint64_t>>& masks) {
    if (!store_) return false;
    try {
        SampleStore(*store_).setLabels(QVector<int64_t>(rowIds.begin(), rowIds.end()), masks,
                                       annotator_.isEmpty() ? QStringLiteral("unnamed") : annotator_);
    } catch (const StoreError& e) {
        Q_EMIT failed(e.message());
        return false;
    }
    QHash<int64_t, std::optional<uint64_t>> changed;
    for (int i = 0; i < rowIds.size(); ++i)
        changed.insert(rowIds[i], masks[i]);
    model_->updateLabels(changed);
    Q_EMIT labelsChanged(rowIds);
    return true;
}

void LabelingController::push(const QString& text, const QVector<qint64>& rowIds,
                              const QVector<std::optional<uint64_t>>& after) {
    if (!store_ || rowIds.isEmpty()) return;
    QVector<std::optional<uint64_t>> before;
    for (qint64 id : rowIds) {
        const int row = model_->rowOf(id);
        before << (row >= 0 ? model_->sampleAt(row).labelMask : std::nullopt);
    }
    if (before == after) return;
    // Written first: a change the store refuses never reaches the undo stack.
    if (!write(rowIds, after)) return;
    stack_.push(new SetLabelsCommand(this, text, rowIds, before, after));
}

void LabelingController::applyLabel(const QVector<qint64>& rowIds, int label) {
    const LabelSchema& schema = model_->schema();
    if (label < 0 || label >= schema.size()) return;
    const uint64_t bit = uint64_t(1) << label;
    QVector<std::optional<uint64_t>> after;
    if (schema.isMultiLabel()) {
        bool allHave = true;
        for (qint64 id : rowIds) {
            const auto m = model_->sampleAt(model_->rowOf(id)).labelMask;
            allHave = allHave && m && (*m & bit);
        }
        for (qint64 id : rowIds) {
            const uint64_t m = model_->sampleAt(model_->rowOf(id)).labelMask.value_or(0);
            after << (allHave ? (m & ~bit) : (m | bit));
        }
    } else {
        for (int i = 0; i < rowIds.size(); ++i)
            after << bit;
    }
    const QString name = schema.labels()[label].name;
    push(rowIds.size() == 1 ? tr("Label “%1”").arg(name)
                            : tr("Label %1 memes “%2”").arg(rowIds.size()).arg(name),
         rowIds, after);
}

void LabelingController::setMask(const QVector<qint64>& rowIds, uint64_t mask) {
    push(mask == 0 ? tr("Mark %n meme(s) as no symptom", "", int(rowIds.size()))
                   : tr("Set labels of %n meme(s)", "", int(rowIds.size())),
         rowIds, QVector<std::optional<uint64_t>>(rowIds.size(), mask));
}

void LabelingController::acceptSuggestion(const QVector<qint64>& rowIds) {
    QVector<qint64> rows;
    QVector<std::optional<uint64_t>> after;
    for (qint64 id : rowIds)
        if (model_->probabilitiesOf(id)) {
            rows << id;
            after << model_->predictedMask(id);
        }
    push(tr("Accept model suggestion for %n meme(s)", "", int(rows.size())), rows, after);
}

} // namespace memescope
