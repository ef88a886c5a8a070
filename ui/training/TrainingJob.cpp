#include "TrainingJob.h"

#include "core/engine/ModelSession.h"
#include "core/store/ProjectStore.h"
#include "core/store/StoreError.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QtConcurrent>

namespace memescope {

TrainingJob::TrainingJob(ProjectStore* store, TrainingRequest request, QObject* parent)
    : QObject(parent)
    , store_(store)
    , request_(std::move(request)) {
    qRegisterMetaType<TrainingProgress>();
    qRegisterMetaType<TrainingResult>();
}

void TrainingJob::start() {
    running_ = true;
    QPointer<TrainingJob> self(this);
    ProjectStore* store = store_;
    const TrainingRequest request = request_;
    const auto cancel = cancel_;
    // Worker-side callbacks post to the GUI thread; progress is thinned to ~10 per second.
    (void)QtConcurrent::run([self, store, request, cancel] {
        auto post = [self](auto f) {
            QMetaObject::invokeMethod(
                qApp,
                [self, f] {
                    if (self) f(self.data());
                },
                Qt::QueuedConnection);
        };
        TrainingCallbacks cb;
        cb.cancelled = [cancel] { return cancel->load(); };
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        cb.progress = [post, clock](const TrainingProgress& p) {
            if (p.phase == "training" && p.batch != p.batches && clock->elapsed() < 100) return;
            clock->restart();
            post([p](TrainingJob* j) { Q_EMIT j->progress(p); });
        };
        cb.epochFinished = [post](const QJsonObject& e) {
            post([e](TrainingJob* j) { Q_EMIT j->epochFinished(e); });
        };
        cb.message = [post](const QString& m) { post([m](TrainingJob* j) { Q_EMIT j->message(m); }); };
        TrainingResult result;
        QString error;
        try {
            auto connection = store->openConnectionForThread();
            result = trainRun(*connection, request, cb);
        } catch (const EngineError& e) {
            error = e.message();
        } catch (const StoreError& e) {
            error = e.message();
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        post([result, error](TrainingJob* j) {
            j->running_ = false;
            Q_EMIT j->finished(result, error);
        });
    });
}

} // namespace memescope
