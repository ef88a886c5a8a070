#include "HeatLegend.h"

#include "core/imaging/Heatmap.h"

#include <QPainter>

namespace memescope {

namespace {
constexpr int kStripWidth = 96;

// Three significant digits: attention weights over 49 patches are around 0.02, sharp ones near 0.5.
QString weightText(double v) {
    return QString::number(v, 'g', 3);
}
} // namespace

HeatLegend::HeatLegend(QWidget* parent)
    : QWidget(parent) {
    setObjectName("HeatLegend");
    setToolTip(tr("Attention weight of each image patch (the patches of one word sum to 1): the colours span "
                  "the lowest to the highest weight of the heatmap on show."));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void HeatLegend::setRange(double low, double high) {
    low_ = weightText(low);
    high_ = weightText(high);
    updateGeometry();
    update();
}

int HeatLegend::nameWidth() const {
    QFont bold = font();
    bold.setBold(true);
    return QFontMetrics(bold).horizontalAdvance(name_);
}

void HeatLegend::setName(const QString& name) {
    name_ = name;
    updateGeometry();
    update();
}

void HeatLegend::clear() {
    low_.clear();
    high_.clear();
    updateGeometry();
    update();
}

QSize HeatLegend::sizeHint() const {
    const QFontMetrics fm(font());
    const int text = fm.horizontalAdvance(low_.isEmpty() ? tr("low") : low_) +
                     fm.horizontalAdvance(high_.isEmpty() ? tr("high") : high_);
    const int name = name_.isEmpty() ? 0 : nameWidth() + 6;
    return {name + kStripWidth + text + 12, std::max(fm.height(), 14) + 2};
}

void HeatLegend::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QFontMetrics fm(font());
    const QString low = low_.isEmpty() ? tr("low") : low_, high = high_.isEmpty() ? tr("high") : high_;
    const int lowWidth = fm.horizontalAdvance(low);
    p.setPen(palette().color(QPalette::WindowText));
    const QRect all = rect();
    int x = 0;
    if (!name_.isEmpty()) {
        const int w = nameWidth();
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRect(0, 0, w + 6, all.height()), Qt::AlignVCenter, name_);
        p.setFont(font());
        x = w + 6;
    }
    p.drawText(QRect(x, 0, lowWidth, all.height()), Qt::AlignVCenter, low);
    const QRect strip(x + lowWidth + 6, (all.height() - 10) / 2, kStripWidth, 10);
    p.drawImage(strip, Heatmap::legend(kStripWidth, 10));
    p.drawText(QRect(strip.right() + 6, 0, all.width() - strip.right() - 6, all.height()), Qt::AlignVCenter,
               high);
}

} // namespace memescope
