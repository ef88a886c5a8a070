#pragma once

#include <QString>
#include <opencv2/core.hpp>

namespace memescope {

struct DecodeLimits {
    qint64 maxPixels = 64LL * 1000 * 1000; // refuse decompression bombs before decoding
    qint64 maxFileBytes = 200LL * 1024 * 1024;
};

struct DecodedImage {
    cv::Mat rgb;   // CV_8UC3, RGB order, EXIF orientation applied; empty on error
    QString error; // names the file and the problem
    bool ok() const { return error.isEmpty() && !rgb.empty(); }
};

// Decodes an image file safely: the pixel budget is checked from the header before any pixel is decoded,
// truncated or corrupt files are refused with a clear message (libjpeg would otherwise hand back a
// partially grey image with just a warning), and the EXIF orientation is honoured.
class ImageDecoder {
public:
    static DecodedImage decodeFile(const QString& path, const DecodeLimits& limits = {});
    static DecodedImage decodeBytes(const QByteArray& bytes, const QString& nameForMessages,
                                    const DecodeLimits& limits = {});
};

} // namespace memescope
