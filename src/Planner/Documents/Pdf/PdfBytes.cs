using System.Buffers;
using System.IO.Compression;

namespace Planner.Documents.Pdf;

/// <summary>
/// A growing buffer of PDF syntax: operators and names as ASCII, numbers in the shortest decimal form PDF reads
/// (at most <see cref="Decimals"/> places, no exponent), glyph ids as four hex digits. Content streams are written
/// into one on any thread, then compressed whole.
/// </summary>
internal sealed class PdfBytes
{
    /// <summary>Places kept after the point: a thousandth of a point is far below what any printer or screen shows.</summary>
    public const int Decimals = 3;

    private static readonly byte[] Hex = "0123456789ABCDEF"u8.ToArray();

    private readonly bool _pooled;
    private byte[] _bytes;
    private int _length;

    /// <summary>
    /// A buffer of <paramref name="capacity"/> bytes to begin with; when <paramref name="pooled"/>, its arrays come
    /// from the shared pool and go back to it with <see cref="Release"/> (a page's content: thousands per document).
    /// </summary>
    public PdfBytes(int capacity = 1024, bool pooled = false)
    {
        _pooled = pooled;
        _bytes = pooled ? ArrayPool<byte>.Shared.Rent(capacity) : new byte[capacity];
    }

    public int Length => _length;

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, _length);

    public PdfBytes Put(ReadOnlySpan<byte> ascii)
    {
        ascii.CopyTo(Room(ascii.Length));
        _length += ascii.Length;
        return this;
    }

    public PdfBytes Put(byte b)
    {
        Room(1)[0] = b;
        _length++;
        return this;
    }

    /// <summary>Writes ASCII text (names, dictionaries); other characters must already be escaped.</summary>
    public PdfBytes Put(string ascii)
    {
        var span = Room(ascii.Length);
        for (var i = 0; i < ascii.Length; i++)
            span[i] = (byte)ascii[i];
        _length += ascii.Length;
        return this;
    }

    /// <summary>A number followed by a space.</summary>
    public PdfBytes Num(double value) => Number(value).Put((byte)' ');

    /// <summary>A number rounded to <see cref="Decimals"/> places, trailing zeros dropped ("12", "0.5", "-3.125").</summary>
    public PdfBytes Number(double value)
    {
        var n = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        var span = Room(24);
        var at = 0;
        if (n < 0)
        {
            span[at++] = (byte)'-';
            n = -n;
        }

        var whole = n / 1000;
        var fraction = (int)(n % 1000);
        at += Digits(span[at..], whole);
        if (fraction != 0)
        {
            span[at++] = (byte)'.';
            var places = Decimals;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                places--;
            }

            for (var p = places - 1; p >= 0; p--)
            {
                span[at + p] = (byte)('0' + (fraction % 10));
                fraction /= 10;
            }

            at += places;
        }

        _length += at;
        return this;
    }

    /// <summary>A glyph id, or a UTF-16 code unit, as four hex digits (inside a hex string).</summary>
    public PdfBytes Glyph(ushort glyph)
    {
        var span = Room(4);
        span[0] = Hex[glyph >> 12];
        span[1] = Hex[(glyph >> 8) & 0xF];
        span[2] = Hex[(glyph >> 4) & 0xF];
        span[3] = Hex[glyph & 0xF];
        _length += 4;
        return this;
    }

    /// <summary>A text string as PDF writes text outside content: ASCII literal where it can be, else UTF-16BE hex with its byte-order mark.</summary>
    public PdfBytes Text(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAnyExceptInRange(' ', '~'))
        {
            Put((byte)'(');
            foreach (var c in text)
            {
                if (c is '(' or ')' or '\\')
                    Put((byte)'\\');
                Put((byte)c);
            }

            return Put((byte)')');
        }

        Put("<FEFF"u8);
        foreach (var c in text)
            Glyph(c);
        return Put((byte)'>');
    }

    /// <summary>The bytes compressed for a <c>/FlateDecode</c> stream.</summary>
    public byte[] Compressed() => Compress(Span);

    /// <summary>Gives a pooled buffer's array back; the buffer is not used afterwards.</summary>
    public void Release()
    {
        if (_pooled)
            ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
        _length = 0;
    }

    /// <summary>
    /// <paramref name="data"/> compressed for a <c>/FlateDecode</c> stream: page content (written thousands of times a
    /// document, and repeating itself) at zlib's fastest level, fonts and pictures (once a document) at its default.
    /// </summary>
    public static byte[] Compress(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.Fastest)
    {
        // Compressed data is at most a little longer than the data: written into a pooled array, then copied out once.
        var room = ArrayPool<byte>.Shared.Rent(data.Length + (data.Length / 8) + 1024);
        try
        {
            using var memory = new MemoryStream(room);
            using (var zlib = new ZLibStream(memory, level, leaveOpen: true))
                zlib.Write(data);
            return room.AsSpan(0, (int)memory.Position).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(room);
        }
    }

    private static int Digits(Span<byte> span, long value)
    {
        if (value == 0)
        {
            span[0] = (byte)'0';
            return 1;
        }

        var count = 0;
        for (var v = value; v > 0; v /= 10)
            count++;
        for (var i = count - 1; i >= 0; i--)
        {
            span[i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        return count;
    }

    private Span<byte> Room(int count)
    {
        if (_length + count > _bytes.Length)
        {
            var size = Math.Max(_bytes.Length * 2, _length + count);
            var bigger = _pooled ? ArrayPool<byte>.Shared.Rent(size) : new byte[size];
            _bytes.AsSpan(0, _length).CopyTo(bigger);
            if (_pooled)
                ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = bigger;
        }

        return _bytes.AsSpan(_length);
    }
}
