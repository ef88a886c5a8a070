#pragma once

#include "core/engine/RunTraining.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace memescope {

class ProjectStore;

// Runs one training (trainRun) on a worker thread with its own database connection and reports back on the
// GUI thread through signals; cancel() takes effect within one batch.
class TrainingJob : public QObject {
    Q_OBJECT
public:
    TrainingJob(ProjectStore* store, TrainingRequest request, QObject* parent = nullptr);
    void start();
    void cancel() { cancel_->store(true); }
    bool isRunning() const { return running_; }
    const TrainingRequest& request() const { return request_; }

Q_SIGNALS:
    void progress(const memescope::TrainingProgress& progress);
    void epochFinished(const QJsonObject& epoch);
    void message(const QString& text);
    void finished(const memescope::TrainingResult& result, const QString& error);

private:
    ProjectStore* store_;
    TrainingRequest request_;
    std::shared_ptr<std::atomic_bool> cancel_ = std::make_shared<std::atomic_bool>(false);
    bool running_ = false;
};

} // namespace memescope

Q_DECLARE_METATYPE(memescope::TrainingProgress)
Q_DECLARE_METATYPE(memescope::TrainingResult)
