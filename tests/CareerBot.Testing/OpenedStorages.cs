namespace CareerBot.Testing;

/// <summary>
/// The storages a test database has handed out, disposed together to stand for a process exit: each holds connections
/// of its own that clearing a driver's pool does not close.
/// </summary>
public sealed class OpenedStorages
{
    private readonly List<IDisposable> _opened = [];

    public T Track<T>(T storage)
        where T : IDisposable
    {
        lock (_opened)
        {
            _opened.Add(storage);
        }

        return storage;
    }

    public void DisposeAll()
    {
        lock (_opened)
        {
            _opened.ForEach(s => s.Dispose());
            _opened.Clear();
        }
    }
}
