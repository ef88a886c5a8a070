#include "ImageDecoder.h"

#include "core/dataset/ImageFileCheck.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace memescope {
namespace {

// EXIF orientation (1..8) of a JPEG, read from its APP1 segment; 1 when absent.
int jpegExifOrientation(const QByteArray& b) {
    int pos = 2;
    while (pos + 4 <= b.size() && uchar(b[pos]) == 0xFF) {
        const uchar marker = uchar(b[pos + 1]);
        const int len = (uchar(b[pos + 2]) << 8) | uchar(b[pos + 3]);
        if (marker == 0xDA || len < 2) break; // start of scan: no more metadata
        if (marker == 0xE1 && pos + 4 + len <= b.size() + 2 &&
            b.mid(pos + 4, 6) == QByteArray("Exif\0\0", 6)) {
            const int tiff = pos + 10;
            if (tiff + 8 > b.size()) return 1;
            const bool le = b[tiff] == 'I';
            auto u16 = [&](int at) -> int {
                if (at + 2 > b.size()) return 0;
                return le ? (uchar(b[at]) | (uchar(b[at + 1]) << 8))
                          : ((uchar(b[at]) << 8) | uchar(b[at + 1]));
            };
            auto u32 = [&](int at) -> qint64 {
                return le ? (u16(at) | (qint64(u16(at + 2)) << 16)) : ((qint64(u16(at)) << 16) | u16(at + 2));
            };
            const qint64 ifd = tiff + u32(tiff + 4);
            if (ifd + 2 > b.size()) return 1;
            const int entries = u16(int(ifd));
            for (int i = 0; i < entries && i < 256; ++i) {
                const int e = int(ifd) + 2 + i * 12;
                if (e + 12 > b.size()) break;
                if (u16(e) == 0x0112) {
                    const int v = u16(e + 8);
                    return v >= 1 && v <= 8 ? v : 1;
                }
            }
            return 1;
        }
        pos += 2 + len;
    }
    return 1;
}

cv::Mat applyOrientation(const cv::Mat& m, int orientation) {
    cv::Mat out;
    switch (orientation) {
    case 2:
        cv::flip(m, out, 1);
        break;
    case 3:
        cv::rotate(m, out, cv::ROTATE_180);
        break;
    case 4:
        cv::flip(m, out, 0);
        break;
    case 5:
        cv::transpose(m, out);
        break;
    case 6:
        cv::rotate(m, out, cv::ROTATE_90_CLOCKWISE);
        break;
    case 7:
        cv::transpose(m, out);
        cv::rotate(out, out, cv::ROTATE_180);
        break;
    case 8:
        cv::rotate(m, out, cv::ROTATE_90_COUNTERCLOCKWISE);
        break;
    default:
        out = m;
    }
    return out;
}

} // namespace

DecodedImage ImageDecoder::decodeFile(const QString& path, const DecodeLimits& limits) {
    QFile f(path);
    if (!f.exists()) return {{}, path + ": no such image file"};
    if (!f.open(QIODevice::ReadOnly)) return {{}, path + ": cannot be read: " + f.errorString()};
    if (f.size() > limits.maxFileBytes)
        return {{},
                QStringLiteral("%1: the file is %2 MB, over the %3 MB limit for images")
                    .arg(path)
                    .arg(f.size() / (1024 * 1024))
                    .arg(limits.maxFileBytes / (1024 * 1024))};
    return decodeBytes(f.readAll(), path, limits);
}

DecodedImage ImageDecoder::decodeBytes(const QByteArray& bytes, const QString& name,
                                       const DecodeLimits& limits) {
    if (const QString problem = imageStructureProblem(bytes.left(16), bytes.right(4096), bytes.size());
        !problem.isEmpty())
        return {{}, name + ": " + problem};
    // Dimensions from the header only, before decoding a single pixel.
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader header(&buffer);
    const QSize size = header.size();
    if (size.isValid() && qint64(size.width()) * size.height() > limits.maxPixels)
        return {
            {},
            QStringLiteral("%1: %2 x %3 pixels is over the budget of %4 megapixels (a decompression bomb?)")
                .arg(name)
                .arg(size.width())
                .arg(size.height())
                .arg(limits.maxPixels / 1000000)};
    const cv::Mat raw(1, int(bytes.size()), CV_8UC1, const_cast<char*>(bytes.constData()));
    // Orientation handled by us (IGNORE_ORIENTATION) so the behaviour does not depend on the OpenCV build.
    cv::Mat bgr;
    try {
        bgr = cv::imdecode(raw, cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION);
    } catch (const cv::Exception& e) {
        return {{}, name + ": cannot be decoded: " + QString::fromStdString(e.msg)};
    }
    if (bgr.empty()) return {{}, name + ": corrupt image data (the decoder could not read it)"};
    if (qint64(bgr.cols) * bgr.rows > limits.maxPixels) return {{}, name + ": over the pixel budget"};
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    if (bytes.startsWith("\xFF\xD8\xFF")) rgb = applyOrientation(rgb, jpegExifOrientation(bytes));
    return {rgb, {}};
}

} // namespace memescope
