#pragma once

#include <QString>
#include <QVariant>
#include <atomic>
#include <functional>
#include <memory>

namespace memescope {

// Where a running job stands.
struct JobProgress {
    qint64 done = 0, total = 0; // units of work (images, batches, runs); total 0 = not known yet
    QString stage;              // what it is doing now, in words for the user ("epoch 2 of 8")
    double etaSeconds = -1;     // remaining time of the whole job, < 0 when unknown
    QVariant detail;            // the engine's own progress (TrainingProgress, OcrJobProgress, ...) for
                                // the panels that show more than a bar
    double fraction() const { return total > 0 ? double(done) / double(total) : 0.0; }
};

// The one shape in which every engine (import, OCR, training, ablation, reports, adding images) reports
// progress, notes and results and learns that it should stop. Engines call it on their own thread; the
// listener decides where the calls go (the CLI's progress bar, the GUI's Jobs panel through JobRunner).
// Copies share the cancellation flag, so a copy handed to a worker sees cancel() from the GUI thread.
class JobContext {
public:
    struct Listener {
        std::function<void(const JobProgress&)> progress;
        std::function<void(const QString&)> message; // notes worth showing (substitutions, problems)
        std::function<void(const QVariant&)> record; // a finished part (an epoch's record, an ablation run)
    };

    JobContext() = default; // reports nowhere; stops only when cancel() is called
    explicit JobContext(Listener listener)
        : listener_(std::make_shared<Listener>(std::move(listener))) {}
    // Cancelled when `cancelFlag` is set (the CLI's Ctrl-C flag, set from a signal handler).
    JobContext(Listener listener, std::shared_ptr<std::atomic_bool> cancelFlag)
        : listener_(std::make_shared<Listener>(std::move(listener)))
        , cancel_(std::move(cancelFlag)) {}

    void progress(const JobProgress& p) const {
        if (listener_->progress) listener_->progress(p);
    }
    void message(const QString& text) const {
        if (listener_->message) listener_->message(text);
    }
    void record(const QVariant& part) const {
        if (listener_->record) listener_->record(part);
    }

    bool cancelled() const { return cancel_->load(std::memory_order_relaxed); }
    void cancel() const { cancel_->store(true); }
    // For lower layers that poll a plain predicate between steps.
    std::function<bool()> cancellation() const {
        return [flag = cancel_] { return flag->load(std::memory_order_relaxed); };
    }

    // A context for one part of this job: the same cancellation and messages, its own progress and
    // records (an ablation maps each run's training progress into the study's).
    JobContext part(Listener partListener) const {
        JobContext child(std::move(partListener));
        child.cancel_ = cancel_;
        if (!child.listener_->message) child.listener_->message = listener_->message;
        return child;
    }

private:
    std::shared_ptr<Listener> listener_ = std::make_shared<Listener>();
    std::shared_ptr<std::atomic_bool> cancel_ = std::make_shared<std::atomic_bool>(false);
};

} // namespace memescope
