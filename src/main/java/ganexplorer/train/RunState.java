package ganexplorer.train;

/** Where the trainer is. */
public enum RunState {
    STARTING, PAUSED, RUNNING, FINISHED, STOPPED
}
