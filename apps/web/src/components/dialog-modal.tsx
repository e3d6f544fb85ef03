import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import '../styles/modal.css';

/**
 * A modal dialog from react-aria: focus stays inside, Escape closes it, and focus returns to the
 * button that opened it. Only lazy pages import it, so react-aria stays out of the first chunk.
 */
export function DialogModal({
  title,
  role = 'dialog',
  onClose,
  children,
}: {
  title: string;
  role?: 'dialog' | 'alertdialog';
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <ModalOverlay
      isOpen
      isDismissable={role === 'dialog'}
      onOpenChange={(open) => !open && onClose()}
      className="modal-overlay"
    >
      <Modal className="modal">
        <Dialog role={role} className="modal-dialog">
          <Heading slot="title" level={2}>
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
