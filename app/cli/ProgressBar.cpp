#include "ProgressBar.h"

#include <cstdio>
#include <unistd.h>

namespace memescope::cli {

ProgressBar::ProgressBar(QString label)
    : label_(std::move(label))
    , tty_(isatty(STDERR_FILENO)) {
    timer_.start();
    sinceDraw_.start();
}

void ProgressBar::update(int done, int total, const QString& extra) {
    const int percent = total > 0 ? done * 100 / total : 100;
    if (tty_ ? (sinceDraw_.elapsed() < 100 && done != total)
             : (percent / 10 == lastPercent_ / 10 && done != total))
        return;
    lastPercent_ = percent;
    sinceDraw_.restart();
    const double secs = timer_.elapsed() / 1000.0;
    const double rate = secs > 0 ? done / secs : 0;
    const QString eta = rate > 0 && done < total
                            ? QStringLiteral(" ETA %1 s").arg((total - done) / rate, 0, 'f', 0)
                            : QString();
    constexpr int kWidth = 30;
    const int filled = total > 0 ? kWidth * done / total : kWidth;
    const QString bar = QString(filled, QChar('#')) + QString(kWidth - filled, QChar('.'));
    const QString line = QStringLiteral("%1 [%2] %3/%4 %5/s%6%7")
                             .arg(label_, bar)
                             .arg(done)
                             .arg(total)
                             .arg(rate, 0, 'f', 1)
                             .arg(eta, extra.isEmpty() ? "" : "  " + extra);
    std::fprintf(stderr, tty_ ? "\r%s\033[K" : "%s\n", qPrintable(line));
    std::fflush(stderr);
}

void ProgressBar::finish() {
    if (tty_) std::fputc('\n', stderr);
}

} // namespace memescope::cli
