// Build-time tool: renders the SVG application icon to the PNG sizes of the hicolor icon theme.
//   render_icon icon.svg OUT_DIR size...   ->  OUT_DIR/<size>x<size>/apps/memescope.png
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 4) {
        QTextStream(stderr) << "usage: render_icon icon.svg OUT_DIR size...\n";
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        QTextStream(stderr) << "render_icon: " << argv[1] << " is not a valid SVG\n";
        return 1;
    }
    for (int i = 3; i < argc; ++i) {
        const int size = QString(argv[i]).toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        svg.render(&p);
        p.end();
        const QString dir = QString("%1/%2x%2/apps").arg(QString::fromLocal8Bit(argv[2])).arg(size);
        QDir().mkpath(dir);
        if (!image.save(dir + "/memescope.png")) {
            QTextStream(stderr) << "render_icon: cannot write " << dir << "/memescope.png\n";
            return 1;
        }
    }
    return 0;
}
