#pragma once

#include <QJsonObject>

namespace memescope::testdata {

// The tiny preset narrowed so a test builds, runs and explains it in a second (4 x 4 patches of 16 px).
inline QJsonObject smallTiny() {
    return {{"preset", "tiny"},
            {"fusion_dim", 32},
            {"fusion_heads", 2},
            {"fusion_ffn", 64},
            {"clip", QJsonObject{{"image_size", 64},
                                 {"patch_size", 16},
                                 {"hidden_size", 32},
                                 {"num_hidden_layers", 2},
                                 {"num_attention_heads", 2},
                                 {"intermediate_size", 64}}},
            {"ngram", QJsonObject{{"buckets", 4096}, {"dim", 32}, {"max_words", 16}}},
            {"contrastive_dim", 16}};
}

} // namespace memescope::testdata
