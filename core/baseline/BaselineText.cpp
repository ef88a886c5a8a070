#include "BaselineText.h"

namespace memescope::baseline {
namespace {

// One decoded character with its UTF-8 bytes (an invalid byte stands for itself).
struct Char {
    char32_t cp;
    std::string bytes;
};

std::vector<Char> decode(const std::string& s) {
    std::vector<Char> out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const unsigned char b = static_cast<unsigned char>(s[i]);
        const int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
        bool ok = len > 0 && i + size_t(len) <= s.size();
        char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
        for (int k = 1; ok && k < len; ++k) {
            const unsigned char c = static_cast<unsigned char>(s[i + size_t(k)]);
            ok = (c & 0xC0) == 0x80;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (!ok) {
            out.push_back({0xFFFD, s.substr(i, 1)});
            ++i;
            continue;
        }
        out.push_back({cp, s.substr(i, size_t(len))});
        i += size_t(len);
    }
    return out;
}

void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

char32_t lower(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) ||
        (c >= 0x410 && c <= 0x42F))
        return c + 32;
    if (c >= 0x400 && c <= 0x40F) return c + 80;
    return c;
}

std::vector<Char> lowered(const std::string& s) {
    std::vector<Char> chars = decode(s);
    for (Char& c : chars) {
        const char32_t l = lower(c.cp);
        if (l != c.cp) {
            c.cp = l;
            c.bytes.clear();
            append(c.bytes, l);
        }
    }
    return chars;
}

// Python's str.split() whitespace.
bool isSpace(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

// \w of Python's re: letters and numbers of any script, and '_'. Outside ASCII this keeps the blocks of
// punctuation, symbols, emoji, combining marks and private use out; everything else counts as a letter.
bool isWordChar(char32_t c) {
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    if (c < 0xC0)
        return c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 || c == 0xBA ||
               (c >= 0xBC && c <= 0xBE);
    if (c == 0xD7 || c == 0xF7) return false;
    if (c >= 0x300 && c <= 0x36F) return false;
    if (c >= 0x2000 && c <= 0x2BFF) return false;
    if (c >= 0x3000 && c <= 0x303F) return false;
    if (c >= 0xE000 && c <= 0xF8FF) return false;
    if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE30 && c <= 0xFE4F)) return false;
    if ((c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
        (c >= 0xFF5B && c <= 0xFF65))
        return false;
    if (c == 0xFFFD || c == 0xFEFF) return false;
    if (c >= 0x1F000 && c <= 0x1FAFF) return false;
    return true;
}

} // namespace

std::vector<std::string> wordTokens(const std::string& utf8) {
    std::vector<std::string> out;
    std::string w;
    int length = 0;
    auto flush = [&] {
        if (length >= 2) out.push_back(w);
        w.clear();
        length = 0;
    };
    for (const Char& c : lowered(utf8)) {
        if (isWordChar(c.cp)) {
            w += c.bytes;
            ++length;
        } else {
            flush();
        }
    }
    flush();
    return out;
}

std::vector<std::string> charWbGrams(const std::string& utf8, int minN, int maxN) {
    std::vector<std::string> out;
    std::vector<const Char*> chunk;
    const Char space{' ', " "};
    const std::vector<Char> chars = lowered(utf8);
    auto flush = [&] {
        if (chunk.empty()) return;
        std::vector<const Char*> w;
        w.reserve(chunk.size() + 2);
        w.push_back(&space);
        w.insert(w.end(), chunk.begin(), chunk.end());
        w.push_back(&space);
        const size_t len = w.size();
        for (int n = minN; n <= maxN; ++n) {
            if (size_t(n) >= len) { // the whole padded chunk, once, and no longer n-grams
                std::string g;
                for (const Char* c : w)
                    g += c->bytes;
                out.push_back(std::move(g));
                break;
            }
            for (size_t p = 0; p + size_t(n) <= len; ++p) {
                std::string g;
                for (size_t k = p; k < p + size_t(n); ++k)
                    g += w[k]->bytes;
                out.push_back(std::move(g));
            }
        }
        chunk.clear();
    };
    for (const Char& c : chars) {
        if (isSpace(c.cp))
            flush();
        else
            chunk.push_back(&c);
    }
    flush();
    return out;
}

} // namespace memescope::baseline
