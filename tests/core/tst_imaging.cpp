// Imaging: PIL-exact CLIP preprocessing against the fixtures, safe decoding of bad images, EXIF
// orientation, thumbnails, heatmap overlays.
#include "SafetensorsLite.h"
#include "TestDatasets.h"
#include "core/imaging/ClipPreprocessor.h"
#include "core/imaging/Heatmap.h"
#include "core/imaging/ImageDecoder.h"
#include "core/imaging/PilResize.h"
#include "core/imaging/Thumbnail.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <opencv2/imgproc.hpp>

using namespace memescope;

namespace {

QByteArray encode(const QImage& img, const char* format, int quality = 90) {
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, format, quality);
    return bytes;
}

// A JPEG whose APP1 EXIF segment says `orientation`.
QByteArray jpegWithOrientation(const QImage& img, int orientation) {
    const QByteArray jpeg = encode(img, "JPG", 95);
    QByteArray tiff("II*\0\x08\0\0\0", 8);             // little-endian TIFF header, IFD at offset 8
    tiff += QByteArray("\x01\0", 2);                   // one entry
    tiff += QByteArray("\x12\x01\x03\0\x01\0\0\0", 8); // tag 0x0112 (Orientation), SHORT, count 1
    tiff += char(orientation);
    tiff += QByteArray("\0\0\0", 3);
    tiff += QByteArray("\0\0\0\0", 4); // next IFD: none
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const int len = int(payload.size()) + 2;
    QByteArray app1("\xFF\xE1", 2);
    app1 += char(len >> 8);
    app1 += char(len & 0xFF);
    app1 += payload;
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

} // namespace

class TestImaging : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void clipPreprocessingMatchesFixtures() {
        const QString dir = QString(MEMESCOPE_FIXTURES_DIR) + "/preprocess/clip/";
        const auto expected = readSafetensorsLite(dir + "expected.safetensors");
        const LiteTensor& pixels = expected["pixel_values"];
        const LiteTensor& cropped = expected["cropped_u8"];
        const LiteTensor& resized = expected["resized_hw"];
        const LiteTensor& crop = expected["crop_top_left"];
        QCOMPARE(pixels.shape, (QVector<qint64>{3, 3, 224, 224}));
        const QStringList files = {"img0_300x200.png", "img1_180x260.png", "img2_480x360.png"};
        const ClipPreprocessor clip;
        for (int i = 0; i < files.size(); ++i) {
            const DecodedImage img = ImageDecoder::decodeFile(dir + files[i]);
            QVERIFY2(img.ok(), qPrintable(img.error));
            const ClipPreprocessor::Result r = clip.process(img.rgb);
            QCOMPARE(qint64(r.resizedHeight), resized.as<qint64>()[i * 2]);
            QCOMPARE(qint64(r.resizedWidth), resized.as<qint64>()[i * 2 + 1]);
            QCOMPARE(qint64(r.cropTop), crop.as<qint64>()[i * 2]);
            QCOMPARE(qint64(r.cropLeft), crop.as<qint64>()[i * 2 + 1]);
            // The uint8 crop must be identical, byte for byte (PIL's bicubic, not OpenCV's).
            const uint8_t* want = cropped.as<uint8_t>() + size_t(i) * 224 * 224 * 3;
            int differing = 0;
            for (int y = 0; y < 224; ++y)
                for (int x = 0; x < 224 * 3; ++x)
                    differing += r.croppedRgb.ptr<uint8_t>(y)[x] != want[y * 224 * 3 + x];
            QVERIFY2(differing == 0, qPrintable(QString("%1: %2 bytes differ").arg(files[i]).arg(differing)));
            const float* wantPix = pixels.as<float>() + size_t(i) * 3 * 224 * 224;
            double maxDiff = 0;
            for (size_t k = 0; k < r.chw.size(); ++k)
                maxDiff = std::max(maxDiff, double(std::fabs(r.chw[k] - wantPix[k])));
            QVERIFY2(maxDiff <= 1e-5, qPrintable(QString("%1: max diff %2").arg(files[i]).arg(maxDiff)));
        }
    }

    void openCvCubicWouldNotMatch() {
        // Guard for the reason PilResize exists: on the downscaled fixture OpenCV's cubic differs a lot.
        const QString dir = QString(MEMESCOPE_FIXTURES_DIR) + "/preprocess/clip/";
        const DecodedImage img = ImageDecoder::decodeFile(dir + "img2_480x360.png");
        cv::Mat ours = pilBicubicResize(img.rgb, 298, 224), theirs;
        cv::resize(img.rgb, theirs, cv::Size(298, 224), 0, 0, cv::INTER_CUBIC);
        double maxDiff = cv::norm(ours, theirs, cv::NORM_INF);
        QVERIFY(maxDiff > 20);
        // And same size is an exact copy.
        QVERIFY(cv::norm(pilBicubicResize(img.rgb, img.rgb.cols, img.rgb.rows), img.rgb, cv::NORM_INF) == 0);
    }

    void badImagesAreRefusedWithClearMessages() {
        QTemporaryDir dir;
        QImage img(120, 80, QImage::Format_RGB32);
        img.fill(Qt::darkGreen);
        const QByteArray jpeg = encode(img, "JPG");
        const QByteArray png = encode(img, "PNG");
        auto write = [&](const QString& name, const QByteArray& bytes) {
            testdata::writeFile(dir.filePath(name), bytes);
            return dir.filePath(name);
        };
        struct Case {
            QString file, expect;
        };
        // Garbage between a valid header and a valid end marker: passes the structural check, fails decoding.
        QByteArray garbled = jpeg.left(20) + QByteArray(2000, '\x55') + "\xFF\xD9";
        const QList<Case> cases = {
            {write("trunc.jpg", jpeg.left(jpeg.size() / 2)), "truncated JPEG"},
            {write("trunc.png", png.left(png.size() - 20)), "truncated PNG"},
            {write("empty.jpg", {}), "empty"},
            {write("text.jpg", "hello, I am not an image"), "not an image"},
            {write("garbled.jpg", garbled), "corrupt image data"},
            {dir.filePath("absent.jpg"), "no such image file"},
        };
        for (const Case& c : cases) {
            const DecodedImage d = ImageDecoder::decodeFile(c.file);
            QVERIFY2(!d.ok(), qPrintable(c.file));
            QVERIFY2(d.error.contains(c.expect) && d.error.contains(c.file), qPrintable(d.error));
        }
        QVERIFY(ImageDecoder::decodeFile(write("good.jpg", jpeg)).ok());
        QVERIFY(ImageDecoder::decodeFile(write("good.png", png)).ok());
    }

    void decompressionBombIsRefusedBeforeDecoding() {
        QTemporaryDir dir;
        // 9000 x 8000 = 72 MP of one colour: a ~70 KB PNG that would need 216 MB as RGB.
        QImage big(9000, 8000, QImage::Format_Mono);
        big.fill(0);
        testdata::writeFile(dir.filePath("bomb.png"), encode(big, "PNG"));
        const DecodedImage d = ImageDecoder::decodeFile(dir.filePath("bomb.png"));
        QVERIFY(!d.ok());
        QVERIFY2(d.error.contains("9000 x 8000") && d.error.contains("budget"), qPrintable(d.error));
        DecodeLimits tiny;
        tiny.maxPixels = 100;
        QImage small(20, 20, QImage::Format_RGB32);
        small.fill(Qt::red);
        testdata::writeFile(dir.filePath("s.png"), encode(small, "PNG"));
        QVERIFY(!ImageDecoder::decodeFile(dir.filePath("s.png"), tiny).ok());
    }

    void exifOrientationIsHonoured() {
        // Left half red, right half blue, 40 x 20.
        QImage img(40, 20, QImage::Format_RGB32);
        for (int y = 0; y < 20; ++y)
            for (int x = 0; x < 40; ++x)
                img.setPixel(x, y, x < 20 ? qRgb(255, 0, 0) : qRgb(0, 0, 255));
        const DecodedImage plain = ImageDecoder::decodeBytes(jpegWithOrientation(img, 1), "o1.jpg");
        QVERIFY(plain.ok());
        QCOMPARE(plain.rgb.cols, 40);
        const DecodedImage rotated = ImageDecoder::decodeBytes(jpegWithOrientation(img, 6), "o6.jpg");
        QVERIFY(rotated.ok());
        // Orientation 6 = rotate 90 degrees clockwise to display: 20 wide, 40 high, red on top.
        QCOMPARE(rotated.rgb.cols, 20);
        QCOMPARE(rotated.rgb.rows, 40);
        const cv::Vec3b top = rotated.rgb.at<cv::Vec3b>(5, 10), bottom = rotated.rgb.at<cv::Vec3b>(35, 10);
        QVERIFY(top[0] > 200 && top[2] < 60);       // red (RGB order)
        QVERIFY(bottom[2] > 200 && bottom[0] < 60); // blue
        const DecodedImage r8 = ImageDecoder::decodeBytes(jpegWithOrientation(img, 8), "o8.jpg");
        QVERIFY(r8.rgb.at<cv::Vec3b>(35, 10)[0] > 200); // counter-clockwise: red at the bottom
    }

    void thumbnailsKeepAspect() {
        cv::Mat m(480, 640, CV_8UC3, cv::Scalar(10, 200, 30));
        const QImage t = makeThumbnail(m, 160);
        QCOMPARE(t.size(), QSize(160, 120));
        QCOMPARE(QColor(t.pixel(80, 60)), QColor(10, 200, 30));
        QCOMPARE(makeThumbnail(m, 1000).size(), QSize(640, 480)); // never upscaled
        QCOMPARE(qimageToRgbMat(t).cols, 160);
    }

    void heatmapUpsamplesAndBlends() {
        QVector<float> grid(49, 0.1f);
        grid[1 * 7 + 5] = 0.9f; // row 1, column 5
        const QVector<float> up = Heatmap::upsample(grid, 7, 7, 140, 140);
        const int argmax = int(std::max_element(up.begin(), up.end()) - up.begin());
        const int ax = argmax % 140, ay = argmax / 140;
        QVERIFY2(ax >= 100 && ax < 120 && ay >= 20 && ay < 40,
                 qPrintable(QString("peak at %1,%2").arg(ax).arg(ay)));
        // Output pixels never sit exactly on a patch centre, so the peak is a little under 1.
        const float peak = *std::max_element(up.begin(), up.end());
        QVERIFY(peak > 0.9f && peak <= 1.f);
        QVERIFY(*std::min_element(up.begin(), up.end()) >= 0.f);
        const QVector<float> flat = Heatmap::upsample(QVector<float>(49, 0.5f), 7, 7, 10, 10);
        QVERIFY(std::all_of(flat.begin(), flat.end(), [](float v) { return v == 0.f; }));

        QImage base(140, 140, QImage::Format_RGB32);
        base.fill(Qt::white);
        const QImage o = Heatmap::overlay(base, grid, 7, 7, 0.8);
        QCOMPARE(o.size(), base.size());
        // Where attention peaks the overlay is bright/yellow; far away it is darkened by the map's low end.
        QVERIFY(QColor(o.pixel(ax, ay)).lightness() > QColor(o.pixel(10, 130)).lightness());
        QCOMPARE(Heatmap::overlay(base, grid, 7, 7, 0.0), base);
        QCOMPARE(Heatmap::colorAt(0), QColor(0, 0, 4));
        QCOMPARE(Heatmap::colorAt(1), QColor(252, 255, 164));
        QCOMPARE(Heatmap::legend(64, 8).size(), QSize(64, 8));
    }
};

QTEST_MAIN(TestImaging)
#include "tst_imaging.moc"
