// A ward's rooms, each with its beds: add and change rooms and beds, retire a bed, open a bed's history.
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { StructureBed, StructureRoom, StructureWard } from '../../api/beds-structure';
import { StructureBedDialog } from './StructureBedDialog';
import { StructureBedHistory } from './StructureBedHistory';
import { StructureRoomDialog } from './StructureRoomDialog';
import { type StructureText, useStructureText } from './structure-messages';

type Editing =
  | { kind: 'room'; room: StructureRoom | null }
  | { kind: 'bed'; bed: StructureBed | null; roomId: string | null }
  | null;

function BedTable({
  beds,
  s,
  onEdit,
  onHistory,
}: {
  beds: StructureBed[];
  s: StructureText;
  onEdit: (bed: StructureBed) => void;
  onHistory: (bed: StructureBed) => void;
}) {
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={beds}
      locale={{ emptyText: s('structure.room.empty') }}
      columns={[
        { title: s('structure.bed.code'), dataIndex: 'code', width: 100 },
        {
          title: s('structure.bed.extra'),
          width: 200,
          render: (_: unknown, b: StructureBed) =>
            b.extra ? (
              <Tag color="orange">
                {s('structure.bed.extra')}
                {b.placedOn ? ` · ${s('structure.history.placed', { on: b.placedOn })}` : ''}
              </Tag>
            ) : null,
        },
        {
          title: s('structure.bed.state'),
          render: (_: unknown, b: StructureBed) => (
            <Space size={4}>
              {b.active ? (
                <Tag>{s(`structure.bed.state.${b.state}`)}</Tag>
              ) : (
                <Tag color="default">
                  {s('structure.bed.retired')}
                  {b.removedOn ? ` · ${b.removedOn}` : ''}
                </Tag>
              )}
              {b.occupied && <Tag color="green">{s('structure.bed.occupied')}</Tag>}
            </Space>
          ),
        },
        {
          title: '',
          width: 160,
          render: (_: unknown, b: StructureBed) => (
            <Space size={0}>
              <Button
                size="small"
                type="link"
                onClick={() => onEdit(b)}
                data-testid={`structure-bed-edit-${b.code}`}
              >
                {s('structure.edit')}
              </Button>
              <Button
                size="small"
                type="link"
                onClick={() => onHistory(b)}
                data-testid={`structure-bed-history-${b.code}`}
              >
                {s('structure.bed.history')}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}

export function StructureRooms({
  ward,
  rooms,
  beds,
  today,
}: {
  ward: StructureWard;
  rooms: StructureRoom[];
  beds: StructureBed[];
  today: string;
}) {
  const s = useStructureText();
  const [editing, setEditing] = useState<Editing>(null);
  const [history, setHistory] = useState<string | null>(null);
  const bedsOf = (roomId: string | null) => beds.filter((b) => b.roomId === roomId);
  const loose = bedsOf(null);
  const bedTable = (list: StructureBed[]) => (
    <BedTable
      beds={list}
      s={s}
      onEdit={(bed) => setEditing({ kind: 'bed', bed, roomId: bed.roomId })}
      onHistory={(bed) => setHistory(bed.id)}
    />
  );
  const flag = (on: boolean) => (on ? s('structure.yes') : '—');
  return (
    <Card
      size="small"
      title={s('structure.rooms')}
      extra={
        <Space>
          <Button
            size="small"
            onClick={() => setEditing({ kind: 'room', room: null })}
            data-testid="structure-room-add"
          >
            {s('structure.room.add')}
          </Button>
          <Button
            size="small"
            onClick={() => setEditing({ kind: 'bed', bed: null, roomId: null })}
            data-testid="structure-bed-add"
          >
            {s('structure.bed.add')}
          </Button>
        </Space>
      }
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rooms}
        data-testid="structure-rooms"
        expandable={{
          expandedRowRender: (r: StructureRoom) => bedTable(bedsOf(r.id)),
          defaultExpandAllRows: true,
        }}
        columns={[
          { title: s('structure.room.code'), dataIndex: 'code' },
          {
            title: s('structure.room.sex'),
            render: (_: unknown, r: StructureRoom) => s(`structure.room.sex.${r.sex}`),
          },
          {
            title: s('structure.room.isolation'),
            render: (_: unknown, r: StructureRoom) => flag(r.isolationCapable),
          },
          {
            title: s('structure.room.monitored'),
            render: (_: unknown, r: StructureRoom) => flag(r.monitored),
          },
          {
            title: s('structure.ward.beds'),
            render: (_: unknown, r: StructureRoom) => bedsOf(r.id).filter((b) => b.active).length,
          },
          {
            title: '',
            width: 200,
            render: (_: unknown, r: StructureRoom) => (
              <Space size={0}>
                <Button size="small" type="link" onClick={() => setEditing({ kind: 'room', room: r })}>
                  {s('structure.edit')}
                </Button>
                <Button
                  size="small"
                  type="link"
                  onClick={() => setEditing({ kind: 'bed', bed: null, roomId: r.id })}
                  data-testid={`structure-room-add-bed-${r.code}`}
                >
                  {s('structure.bed.add')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {loose.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {s('structure.room.none')}
          </Typography.Title>
          {bedTable(loose)}
        </>
      )}
      {editing?.kind === 'room' && (
        <StructureRoomDialog wardId={ward.id} room={editing.room} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'bed' && (
        <StructureBedDialog
          wardId={ward.id}
          rooms={rooms}
          bed={editing.bed}
          roomId={editing.roomId}
          today={today}
          onClose={() => setEditing(null)}
        />
      )}
      <StructureBedHistory bedId={history} onClose={() => setHistory(null)} />
    </Card>
  );
}
