#pragma once

#include <QObject>
#include <QUndoStack>
#include <QVector>
#include <optional>

namespace memescope {

class ProjectStore;
class SampleTableModel;

// Labelling as undoable commands. Every change is written to the project at once (one transaction per
// step, no Save), recorded in the annotation history under the annotator's name, and mirrored into the
// browser's model. A bulk change over a selection is one undo step.
class LabelingController : public QObject {
    Q_OBJECT
public:
    LabelingController(SampleTableModel* model, QObject* parent = nullptr);
    void setStore(ProjectStore* store); // nullptr when no project is open (clears the undo stack)
    void setAnnotator(const QString& name) { annotator_ = name; }
    const QString& annotator() const { return annotator_; }
    QUndoStack* undoStack() { return &stack_; }

    // Multi-label: toggles `label` on every sample (on for all when any lacks it, else off for all).
    // Single-label: sets `label` as the one label.
    void applyLabel(const QVector<qint64>& rowIds, int label);
    // Replaces the labels of every sample by `mask` (e.g. "no symptom" = 0).
    void setMask(const QVector<qint64>& rowIds, uint64_t mask);
    // Takes the selected run's predicted labels as the labels (the model suggestion, one key).
    void acceptSuggestion(const QVector<qint64>& rowIds);

Q_SIGNALS:
    void labelsChanged(const QVector<qint64>& rowIds);
    void failed(const QString& message); // the store refused (disk full, ...): nothing changed

private:
    friend class SetLabelsCommand;
    bool write(const QVector<qint64>& rowIds, const QVector<std::optional<uint64_t>>& masks);
    void push(const QString& text, const QVector<qint64>& rowIds,
              const QVector<std::optional<uint64_t>>& after);

    SampleTableModel* model_;
    ProjectStore* store_ = nullptr;
    QString annotator_;
    QUndoStack stack_;
};

} // namespace memescope
