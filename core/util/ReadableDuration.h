#pragma once

#include <QCoreApplication>
#include <QString>

namespace memescope {

// A time a reader takes in at a glance, in the user's language: "42 s", "12 min", "2.8 h" (estimates in
// the GUI: the ablation study, the feature cache's build).
inline QString readableDuration(double seconds) {
    if (seconds < 90) return QCoreApplication::translate("memescope::Units", "%1 s").arg(qRound(seconds));
    if (seconds < 5400)
        return QCoreApplication::translate("memescope::Units", "%1 min").arg(qRound(seconds / 60));
    return QCoreApplication::translate("memescope::Units", "%1 h").arg(seconds / 3600, 0, 'f', 1);
}

} // namespace memescope
