using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Planner.Documents.Composer;

/// <summary>
/// Passes Skia's PDF output through to the destination and, when Skia has finished, appends an
/// incremental update that sets the document language (<c>/Lang</c> in the catalog), which Skia's
/// metadata does not cover. Only the head (where Skia writes the catalog) and the tail (trailer)
/// are remembered; pages stream through untouched. Without a recognisable catalog nothing is appended.
/// </summary>
internal sealed partial class LanguageStream(Stream inner, string language) : Stream
{
    // Skia writes the catalog right after the first page; 4 MB covers a first page with a large image.
    private const int HeadSize = 4 * 1024 * 1024;
    private readonly MemoryStream _head = new();
    private readonly byte[] _tail = new byte[4096];
    private int _tailLength;
    private long _written;
    private bool _finished;

    /// <summary>Whether the head holds the whole catalog: from then on pages are not kept (a long document's head would be megabytes).</summary>
    private bool _headDone;

    /// <summary>Where in the head "/Type /Catalog" was found (-1: not yet), and how far the head has been looked through.</summary>
    private int _catalogAt = -1;

    private int _lookedAt;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _written;

    public override long Position { get => _written; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        if (!_headDone && _head.Length < HeadSize)
        {
            _head.Write(buffer[..Math.Min(buffer.Length, HeadSize - (int)_head.Length)]);
            _headDone = HoldsCatalog();
        }

        var keep = buffer.Length >= _tail.Length ? buffer[^_tail.Length..] : buffer;
        var shift = Math.Max(0, _tailLength + keep.Length - _tail.Length);
        if (shift > 0)
        {
            Array.Copy(_tail, shift, _tail, 0, _tailLength - shift);
            _tailLength -= shift;
        }

        keep.CopyTo(_tail.AsSpan(_tailLength));
        _tailLength += keep.Length;
        _written += buffer.Length;
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_finished)
        {
            _finished = true;
            AppendLanguage();
            _head.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Whether the head now ends past the catalog's "endobj"; looks only at what was added since the last call.</summary>
    private bool HoldsCatalog()
    {
        var bytes = _head.GetBuffer().AsSpan(0, (int)_head.Length);
        const int overlap = 16;
        if (_catalogAt < 0)
        {
            var from = Math.Max(0, _lookedAt - overlap);
            var at = bytes[from..].IndexOf("/Type /Catalog"u8);
            _lookedAt = bytes.Length;
            if (at < 0)
                return false;
            _catalogAt = from + at;
            _lookedAt = _catalogAt;
        }

        var start = Math.Max(_catalogAt, _lookedAt - overlap);
        _lookedAt = bytes.Length;
        return bytes[start..].IndexOf("endobj"u8) >= 0;
    }

    private void AppendLanguage()
    {
        // Only the catalog object is read as text: the head is up to 4 MB of pages and fonts.
        var bytes = _head.GetBuffer().AsSpan(0, (int)_head.Length);
        var type = bytes.IndexOf("/Type /Catalog"u8);
        var objectStart = type < 0 ? -1 : bytes[..type].LastIndexOf(" 0 obj"u8);
        var objectEnd = type < 0 ? -1 : bytes[type..].IndexOf("endobj"u8);
        if (objectStart < 0 || objectEnd < 0)
            return;
        var lineStart = bytes[..objectStart].LastIndexOf((byte)'\n') + 1;
        var head = Encoding.Latin1.GetString(bytes[lineStart..(type + objectEnd + "endobj".Length)]);
        var tail = Encoding.Latin1.GetString(_tail, 0, _tailLength);
        var catalog = CatalogPattern().Match(head);
        var trailer = TrailerPattern().Match(tail);
        if (!catalog.Success || !trailer.Success || language.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
            return;
        var number = catalog.Groups["n"].Value;
        var dictionary = catalog.Groups["d"].Value.TrimEnd();
        var update = new StringBuilder();
        var objectAt = _written + 1;
        update.Append('\n');
        update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{dictionary[..^2]}\n/Lang ({language})>>\nendobj\n");
        var xrefAt = _written + Encoding.Latin1.GetByteCount(update.ToString());
        update.Append(CultureInfo.InvariantCulture, $"xref\n0 1\n0000000000 65535 f \n{number} 1\n{objectAt:D10} 00000 n \n");
        update.Append(CultureInfo.InvariantCulture,
            $"trailer\n<</Size {trailer.Groups["size"].Value}\n/Root {number} 0 R\n{trailer.Groups["info"].Value}/Prev {trailer.Groups["xref"].Value}>>\nstartxref\n{xrefAt}\n%%EOF\n");
        inner.Write(Encoding.Latin1.GetBytes(update.ToString()));
        inner.Flush();
    }

    [GeneratedRegex(@"(?<n>\d+) 0 obj\s*(?<d><</Type /Catalog(?:(?!endobj).)*>>)\s*endobj", RegexOptions.Singleline)]
    private static partial Regex CatalogPattern();

    [GeneratedRegex(@"trailer\s*<</Size (?<size>\d+)\s*/Root \d+ 0 R\s*(?<info>/Info \d+ 0 R\s*)?(?:/ID[^>]*)?>>\s*startxref\s*(?<xref>\d+)\s*%%EOF\s*$", RegexOptions.Singleline)]
    private static partial Regex TrailerPattern();
}
