#pragma once

#include <QWidget>

namespace memescope {

// The heatmap's colour scale with the values it spans: the colour map between the lowest and the highest
// attention weight of the grid on show (the heatmap stretches that range over the colours), so a reader
// can tell a sharp focus (0.002 … 0.31) from a nearly uniform one (0.019 … 0.022).
class HeatLegend : public QWidget {
    Q_OBJECT
public:
    explicit HeatLegend(QWidget* parent = nullptr);
    void setRange(double low, double high); // the grid's min and max
    void clear();                           // no heatmap on show: the strip without numbers
    QString lowText() const { return low_; }
    QString highText() const { return high_; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent*) override;

private:
    QString low_, high_;
};

} // namespace memescope
