#include "ProgressBar.h"

#include <cstdio>
#include <unistd.h>

namespace memescope::cli {

QString humanDuration(double seconds) {
    const qint64 s = qint64(seconds + 0.5);
    if (s < 60) return QStringLiteral("%1 s").arg(s);
    if (s < 3600) return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
    return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QChar('0'));
}

ProgressBar::ProgressBar(QString label, Timing timing)
    : label_(std::move(label))
    , tty_(isatty(STDERR_FILENO))
    , timing_(timing) {
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
    const QString eta = rate > 0 && done < total ? " ETA " + humanDuration((total - done) / rate) : QString();
    constexpr int kWidth = 30;
    const int filled = total > 0 ? kWidth * done / total : kWidth;
    const QString bar = QString(filled, QChar('#')) + QString(kWidth - filled, QChar('.'));
    const QString tail = extra.isEmpty() ? QString() : "  " + extra;
    const QString line =
        timing_ == Timing::FromCaller
            ? QStringLiteral("%1 [%2] %3/%4%5").arg(label_, bar).arg(done).arg(total).arg(tail)
            : QStringLiteral("%1 [%2] %3/%4 %5/s%6%7")
                  .arg(label_, bar)
                  .arg(done)
                  .arg(total)
                  .arg(rate, 0, 'f', 1)
                  .arg(eta, tail);
    std::fprintf(stderr, tty_ ? "\r%s\033[K" : "%s\n", qPrintable(line));
    std::fflush(stderr);
}

void ProgressBar::finish() {
    if (tty_) std::fputc('\n', stderr);
}

} // namespace memescope::cli
