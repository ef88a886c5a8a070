#pragma once

#include <QElapsedTimer>
#include <QString>

namespace memescope::cli {

// A one-line terminal progress bar on stderr ("\r" redraws), throttled to ~10 updates per second;
// plain lines when stderr is not a terminal (logs, CI). With Timing::Own it shows its own rate and ETA (for
// one job that starts with the bar); with Timing::FromCaller it shows only what the caller passes, for jobs
// whose counter restarts (epochs, runs) and which know their own remaining time.
class ProgressBar {
public:
    enum class Timing { Own, FromCaller };
    explicit ProgressBar(QString label, Timing timing = Timing::Own);
    void update(int done, int total, const QString& extra = {});
    void finish();

private:
    QString label_;
    QElapsedTimer timer_, sinceDraw_;
    bool tty_;
    Timing timing_;
    int lastPercent_ = -1;
};

// "42 s", "5 min 20 s", "1 h 05 min": remaining times a reader takes in at a glance.
QString humanDuration(double seconds);

} // namespace memescope::cli
