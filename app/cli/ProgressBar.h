#pragma once

#include <QElapsedTimer>
#include <QString>

namespace memescope::cli {

// A one-line terminal progress bar on stderr ("\r" redraws), throttled to ~10 updates per second;
// plain lines when stderr is not a terminal (logs, CI).
class ProgressBar {
public:
    explicit ProgressBar(QString label);
    void update(int done, int total, const QString& extra = {});
    void finish();

private:
    QString label_;
    QElapsedTimer timer_, sinceDraw_;
    bool tty_;
    int lastPercent_ = -1;
};

} // namespace memescope::cli
