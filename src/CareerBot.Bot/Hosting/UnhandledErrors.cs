using System.Data.Common;
using CareerBot.Application.Documents;
using Microsoft.AspNetCore.Diagnostics;

namespace CareerBot.Bot.Hosting;

/// <summary>
/// The answer to a request that failed in a way no endpoint handled: never a stack trace (Development included), a
/// short reason, and the status that tells a channel what to do — 503 with Retry-After when the state store is down or
/// busy (the channel retries, and redelivery is recognised), 400 for a request Kestrel could not read, 500 otherwise.
/// </summary>
internal static class UnhandledErrors
{
    public static Task WriteAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var exception = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, reason) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read."),
            DbException or TimeoutException or DocumentConflictException or InvalidDataException =>
                (StatusCodes.Status503ServiceUnavailable, "The bot's storage is unavailable; try again shortly."),
            _ => (StatusCodes.Status500InternalServerError, "The bot failed to handle this request."),
        };
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            http.Response.Headers.RetryAfter = "1";
        }

        return http.Response.WriteAsJsonAsync(new { error = reason }, http.RequestAborted);
    }
}
