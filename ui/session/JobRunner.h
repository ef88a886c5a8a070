#pragma once

#include "core/store/ProjectStore.h"
#include "core/util/Error.h"
#include "core/util/JobContext.h"
#include "ui/main/JobsPanel.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <any>
#include <optional>

namespace memescope {

// What a job has on its worker thread: its own connection to the open project, its context, and the line
// the Jobs panel shows when it ends.
class JobScope {
public:
    JobScope(std::optional<ProjectConnector> project, JobContext context)
        : connector_(std::move(project))
        , context_(std::move(context)) {}
    // This thread's connection, opened on first use; throws Error when no project is open.
    ProjectStore& project();
    const JobContext& job() const { return context_; }
    // What the Jobs panel says when the job has finished ("Imported 120 memes").
    void setOutcome(const QString& text) { outcome_ = text; }
    const QString& outcome() const { return outcome_; }

private:
    std::optional<ProjectConnector> connector_;
    std::unique_ptr<ProjectStore> connection_;
    JobContext context_;
    QString outcome_;
};

// How a job shows itself and what its GUI wants to hear. The handlers run on the GUI thread; progress is
// thinned to about ten reports a second (a stage's last report always arrives).
struct JobSpec {
    QString title; // its row in the Jobs panel; empty: a quiet job with no row (a model load, a prediction)
    QString key;   // one job per key at a time; empty: no de-duplication
    // Another job with this key is running: Join returns the running job's future (a second "Run OCR"
    // press), Replace cancels it and drops its result (the inspector's prediction for the last meme wins).
    enum class IfRunning { Join, Replace } ifRunning = IfRunning::Join;
    QObject* receiver = nullptr; // owns the handlers below: they stop being called once it is destroyed
    std::function<void(const JobProgress&)> onProgress;
    std::function<void(const QString&)> onMessage;
    std::function<void(const QVariant&)> onRecord;
};

// Every background task of the GUI runs here: on a pool of worker threads, each with its own connection to
// the project, reporting through a JobContext to its Jobs-panel row, cancellable from the row or all at
// once. The result comes back as a QFuture: attach .then(context, ...) for the value and .onFailed(...) for
// the memescope::Error a failed job ends with (the row and jobFailed() report it anyway). A job replaced
// or still running when the project closes ends cancelled, so no stale result reaches a panel.
class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override; // cancels every job and waits for it

    void setPanel(JobsPanel* panel) { panel_ = panel; }
    // The project jobs open connections to (nullopt: none open; JobScope::project() then throws).
    void setProject(std::optional<ProjectConnector> project) { project_ = std::move(project); }

    template <typename R> QFuture<R> run(JobSpec spec, std::function<R(JobScope&)> work);

    bool isRunning(const QString& key) const { return byKey_.contains(key); }
    int runningCount() const { return int(active_.size()); }
    void cancel(const QString& key);  // asks it to stop; its result still arrives (a cancelled training's)
    void discard(const QString& key); // stops it and drops its result: nothing arrives
    void cancelAll();
    // Cancels every job, waits for the workers and drops what they return (before the project closes).
    void stopAll();

Q_SIGNALS:
    void jobFailed(const QString& title, const QString& message); // title empty for a quiet job

private:
    struct Active {
        QString title, key;
        JobContext context;
        QPointer<JobHandle> row;
        std::any future; // the QFuture<R> handed out, for Join
        bool current = true;
    };
    struct Started {
        quint64 id;
        JobContext context;
        std::optional<ProjectConnector> project;
    };
    Started begin(JobSpec spec, std::any future);
    // Bookkeeping of an ended job; false when its result is to be dropped (replaced, project closed).
    bool end(quint64 id, const QString& error, const QString& outcome, bool cancelled);
    void showProgress(quint64 id, const JobProgress& progress);
    bool isCurrent(quint64 id) const; // running and not replaced or stopped
    template <typename R> std::optional<QFuture<R>> joinRunning(const JobSpec& spec) const;

    QThreadPool pool_;
    QPointer<JobsPanel> panel_;
    std::optional<ProjectConnector> project_;
    QHash<quint64, Active> active_;
    QHash<QString, quint64> byKey_;
    quint64 nextId_ = 1;
};

template <typename R> std::optional<QFuture<R>> JobRunner::joinRunning(const JobSpec& spec) const {
    if (spec.key.isEmpty() || spec.ifRunning != JobSpec::IfRunning::Join) return std::nullopt;
    const auto it = byKey_.find(spec.key);
    if (it == byKey_.end()) return std::nullopt;
    if (const auto* f = std::any_cast<QFuture<R>>(&active_.constFind(*it)->future)) return *f;
    return std::nullopt; // the same key for another result type: a programming error, run it anyway
}

template <typename R> QFuture<R> JobRunner::run(JobSpec spec, std::function<R(JobScope&)> work) {
    if (auto running = joinRunning<R>(spec)) return *running;
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    const Started started = begin(std::move(spec), std::any(future));
    pool_.start([this, started, work = std::move(work), promise] {
        JobScope scope(started.project, started.context);
        auto value = std::make_shared<std::optional<std::conditional_t<std::is_void_v<R>, bool, R>>>();
        QString error;
        try {
            if constexpr (std::is_void_v<R>) {
                work(scope);
                *value = true;
            } else {
                *value = work(scope);
            }
        } catch (const Error& e) {
            error = e.message();
        } catch (const std::exception& e) {
            error = tr("internal error: %1").arg(QString::fromUtf8(e.what()));
        }
        const bool cancelled = scope.job().cancelled();
        QMetaObject::invokeMethod(
            this,
            [this, id = started.id, promise, value, error, outcome = scope.outcome(), cancelled] {
                const bool keep = end(id, error, outcome, cancelled);
                if (!error.isEmpty()) {
                    promise->setException(std::make_exception_ptr(Error(error)));
                } else if (!keep) {
                    promise->future().cancel();
                } else if constexpr (!std::is_void_v<R>) {
                    promise->addResult(std::move(**value));
                }
                promise->finish();
            },
            Qt::QueuedConnection);
    });
    return future;
}

} // namespace memescope
