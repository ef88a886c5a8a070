#include "JobRunner.h"

#include "ui/main/JobsPanel.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#include <QThread>
#include <climits>
#include <cmath>

namespace memescope {
namespace {

// Lets through about ten progress reports a second, and always a stage's first and last one: a display
// needs no more, and each report costs a trip to the GUI thread.
class ProgressThinning {
public:
    bool pass(const JobProgress& p) {
        QMutexLocker lock(&mutex_);
        const bool last = p.total > 0 && p.done >= p.total;
        if (p.stage == stage_ && !last && clock_.isValid() && clock_.elapsed() < 100) return false;
        stage_ = p.stage;
        clock_.start();
        return true;
    }

private:
    QMutex mutex_;
    QElapsedTimer clock_;
    QString stage_;
};

QString remaining(double seconds) {
    if (seconds < 90) return JobRunner::tr("about %n s left", "", int(std::ceil(seconds)));
    if (seconds < 5400) return JobRunner::tr("about %n min left", "", int(std::round(seconds / 60)));
    return JobRunner::tr("about %1 h left").arg(seconds / 3600, 0, 'f', 1);
}

} // namespace

ProjectStore& JobScope::project() {
    if (!connection_) {
        if (!connector_) throw Error(JobRunner::tr("no project is open"));
        connection_ = connector_->open();
    }
    return *connection_;
}

JobRunner::JobRunner(QObject* parent)
    : QObject(parent) {
    // Long jobs (training, OCR) wait on their own threads most of the time; quick ones (a prediction, a model
    // load) must not queue behind them.
    pool_.setMaxThreadCount(std::max(8, QThread::idealThreadCount()));
}

JobRunner::~JobRunner() {
    stopAll();
}

JobRunner::Started JobRunner::begin(JobSpec spec, std::any future) {
    const quint64 id = nextId_++;
    if (!spec.key.isEmpty()) {
        if (const auto it = byKey_.constFind(spec.key); it != byKey_.constEnd()) { // Replace
            Active& old = active_[*it];
            old.current = false;
            old.context.cancel();
        }
        byKey_.insert(spec.key, id);
    }
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    auto thinning = std::make_shared<ProgressThinning>();
    // The handlers' owner may close (a dialog) while its job runs on: then they are not called any more.
    const bool hasReceiver = spec.receiver != nullptr;
    const QPointer<QObject> receiver(spec.receiver);
    // Worker side: each report travels to the GUI thread; there a replaced job's reports are dropped, and
    // the handlers are called while their receiver lives.
    auto deliver = [this, id, hasReceiver, receiver](std::function<void()> handle) {
        QMetaObject::invokeMethod(
            this,
            [this, id, hasReceiver, receiver, handle] {
                if (isCurrent(id) && (!hasReceiver || receiver)) handle();
            },
            Qt::QueuedConnection);
    };
    JobContext::Listener listener;
    listener.progress = [this, id, thinning, deliver, onProgress = spec.onProgress](const JobProgress& p) {
        if (!thinning->pass(p)) return;
        QMetaObject::invokeMethod(
            this,
            [this, id, p] {
                if (isCurrent(id)) showProgress(id, p);
            },
            Qt::QueuedConnection);
        if (onProgress) deliver([onProgress, p] { onProgress(p); });
    };
    listener.message = [deliver, onMessage = spec.onMessage](const QString& text) {
        if (onMessage) deliver([onMessage, text] { onMessage(text); });
    };
    listener.record = [deliver, onRecord = spec.onRecord](const QVariant& record) {
        if (onRecord) deliver([onRecord, record] { onRecord(record); });
    };
    Active a;
    a.title = spec.title;
    a.key = spec.key;
    a.context = JobContext(std::move(listener), cancelFlag);
    a.future = std::move(future);
    if (panel_ && !spec.title.isEmpty()) a.row = panel_->start(spec.title, cancelFlag);
    active_.insert(id, a);
    return {id, a.context, project_};
}

bool JobRunner::isCurrent(quint64 id) const {
    const auto it = active_.constFind(id);
    return it != active_.constEnd() && it->current;
}

void JobRunner::showProgress(quint64 id, const JobProgress& p) {
    const auto it = active_.constFind(id);
    if (it == active_.constEnd() || !it->row) return;
    JobHandle* row = it->row;
    QString text = p.stage;
    if (p.total > 0 && !p.detail.isValid()) text = tr("%1: %2 of %3").arg(p.stage).arg(p.done).arg(p.total);
    if (p.etaSeconds > 0) text += QStringLiteral(" · ") + remaining(p.etaSeconds);
    Q_EMIT row->progress(int(std::min<qint64>(p.done, INT_MAX)), int(std::min<qint64>(p.total, INT_MAX)),
                         text);
}

bool JobRunner::end(quint64 id, const QString& error, const QString& outcome, bool cancelled) {
    const auto it = active_.constFind(id);
    if (it == active_.constEnd()) return false;
    const Active a = *it;
    active_.erase(it);
    if (!a.key.isEmpty() && byKey_.value(a.key) == id) byKey_.remove(a.key);
    if (a.row) {
        QString text = outcome;
        if (!error.isEmpty())
            text = tr("%1 failed: %2").arg(a.title, error);
        else if (text.isEmpty())
            text = cancelled ? tr("%1: cancelled").arg(a.title) : tr("%1: finished").arg(a.title);
        Q_EMIT a.row->finished(text);
    }
    if (!error.isEmpty()) Q_EMIT jobFailed(a.title, error);
    return a.current;
}

void JobRunner::cancel(const QString& key) {
    if (const auto it = byKey_.constFind(key); it != byKey_.constEnd()) active_[*it].context.cancel();
}

void JobRunner::discard(const QString& key) {
    if (const auto it = byKey_.constFind(key); it != byKey_.constEnd()) {
        Active& a = active_[*it];
        a.current = false;
        a.context.cancel();
        byKey_.erase(it);
    }
}

void JobRunner::cancelAll() {
    for (Active& a : active_)
        a.context.cancel();
}

void JobRunner::stopAll() {
    for (Active& a : active_) {
        a.current = false;
        a.context.cancel();
    }
    byKey_.clear();
    pool_.waitForDone();
}

} // namespace memescope
