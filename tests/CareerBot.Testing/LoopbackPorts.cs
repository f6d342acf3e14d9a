using System.Net;
using System.Net.Sockets;

namespace CareerBot.Testing;

/// <summary>Ports on 127.0.0.1 for servers a test starts (or for a connection that must be refused).</summary>
public static class LoopbackPorts
{
    /// <summary>A port nothing listens on right now (the OS's pick, released again).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
