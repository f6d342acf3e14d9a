namespace CareerBot.Bot.Hosting;

/// <summary>
/// Reads a request body no larger than a limit, for every endpoint that takes one: a body over the limit is refused
/// (null) as soon as it is known to be, from its Content-Length or, for a chunked upload, from what has arrived.
/// </summary>
internal static class BoundedBody
{
    /// <summary>The body, or null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return null;
        }

        // Channels send Content-Length: read into a buffer of exactly that size (Kestrel ends the body there).
        if (request.ContentLength is > 0 and var length)
        {
            var body = new byte[(int)length];
            await request.Body.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
            return body;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
