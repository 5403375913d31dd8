fn main() {
    qunce::start();
}
