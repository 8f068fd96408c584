package khatt.build;

/** Hears how far a build's writing has come; called from the rendering threads. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void start(int files) {}

        @Override
        public void fileDone() {}

        @Override
        public void end() {}
    };

    void start(int files);

    void fileDone();

    void end();
}
