#pragma once

#include "core/engine/ModelSession.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <mutex>

namespace memescope {

// The selected run's loaded model, shared by the panels that predict with it on worker threads (one
// prediction at a time: the mutex).
struct SharedModel {
    std::unique_ptr<ModelSession> session;
    std::mutex mutex;
    QString runName;
    // Read once when the model is set (the session may be busy on a worker thread later).
    QStringList labelNames;
    bool tfidf = false; // a TF-IDF run: explained by word weights
};

} // namespace memescope
